package org.pairdoctor.cli.terminal;

import java.util.ArrayList;
import java.util.List;

/**
 * Word wrapping for the terminal. A line breaks only between words; a single word longer than the
 * whole width (none in the shipped knowledge) is the one exception, and it is then cut at the width
 * on purpose, since the terminal would cut it anyway, at a worse place. Widths are counted in
 * characters (code points): the shipped text is Latin, with no double-width characters. Pure.
 */
final class Wrap {
    private Wrap() {
    }

    /** {@code text}'s words in lines of at most {@code width} characters; runs of spaces become one. */
    static List<String> lines(String text, int width) {
        int w = Math.max(1, width);
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.trim().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            int needed = line.length() == 0 ? length(word) : line.length() + 1 + length(word);
            if (needed <= w) {
                if (line.length() > 0) {
                    line.append(' ');
                }
                line.append(word);
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (length(rest) > w) {
                int cut = rest.offsetByCodePoints(0, w);
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /**
     * A shell command in lines of at most {@code width} characters that still paste as one command:
     * every line but the last ends with " \" (the shell's line continuation), and the lines after the
     * first are indented by two more spaces.
     */
    static List<String> command(String command, int width) {
        List<String> out = new ArrayList<>();
        String[] words = command.trim().split("\\s+");
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            boolean last = i == words.length - 1;
            // room for " \" after the word unless it is the command's last word
            int limit = Math.max(1, (out.isEmpty() ? width : width - 2) - (last ? 0 : 2));
            int needed = line.length() == 0 ? length(word) : line.length() + 1 + length(word);
            if (needed > limit && line.length() > 0) {
                out.add((out.isEmpty() ? "" : "  ") + line + " \\");
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        out.add((out.isEmpty() ? "" : "  ") + line);
        return out;
    }

    static int length(String s) {
        return s.codePointCount(0, s.length());
    }
}
