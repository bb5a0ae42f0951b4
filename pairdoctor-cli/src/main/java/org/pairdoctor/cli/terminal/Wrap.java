package org.pairdoctor.cli.terminal;

import java.util.ArrayList;
import java.util.List;

/**
 * Word wrapping for the terminal. A line breaks only between words; a single word longer than the
 * whole width is the one exception (in the shipped knowledge: a Windows registry path of 72
 * characters), and it is then cut on purpose, after a path separator where it has one, since the
 * terminal would cut it anyway, at a worse place. Widths are counted in
 * characters (code points): the shipped text is Latin, with no double-width characters. Pure.
 */
public final class Wrap {
    private Wrap() {
    }

    /** {@code text}'s words in lines of at most {@code width} characters; runs of spaces become one. */
    public static List<String> lines(String text, int width) {
        return lines(text, width, width);
    }

    /** As {@link #lines(String, int)}, the first line {@code firstWidth} wide and the others {@code width}. */
    public static List<String> lines(String text, int firstWidth, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.trim().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            int needed = line.length() == 0 ? length(word) : length(line) + 1 + length(word);
            if (needed <= room(lines, firstWidth, width)) {
                if (line.length() > 0) {
                    line.append(' ');
                }
                line.append(word);
                continue;
            }
            if (line.length() > 0 || (lines.isEmpty() && length(word) <= Math.max(1, width))) {
                // a word that fits a full line never starts on a shorter first line: that line ends here
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (length(rest) > room(lines, firstWidth, width)) {
                int cut = cut(rest, room(lines, firstWidth, width));
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
     * Where to cut a word longer than {@code room}: after the last path separator or hyphen that
     * leaves at least half the line filled (a registry path breaks at a backslash, a URL at a slash),
     * else at the room itself.
     */
    static int cut(String word, int room) {
        int end = word.offsetByCodePoints(0, room);
        for (int i = end - 1; i >= end / 2; i--) {
            if (SEPARATORS.indexOf(word.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return end;
    }

    private static final String SEPARATORS = "\\/-_.";

    private static int room(List<String> lines, int firstWidth, int width) {
        return Math.max(1, lines.isEmpty() ? firstWidth : width);
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

    static int length(CharSequence s) {
        return Character.codePointCount(s, 0, s.length());
    }
}
