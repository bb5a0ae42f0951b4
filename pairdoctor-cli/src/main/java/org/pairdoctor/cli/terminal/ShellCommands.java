package org.pairdoctor.cli.terminal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the shell commands in a step's words, so the terminal can set each apart on a line of its own
 * where it can be copied whole. The knowledge base writes commands inside prose ("Run: bluetoothctl
 * power off, wait 10 seconds, bluetoothctl power on."), so a command is recognised by its program
 * (bluetoothctl, pactl, systemctl...) and runs until the prose takes over again: a comma, semicolon,
 * full stop or bracket that ends a word, an opening bracket, a closing quote, or a word that carries
 * on the sentence ("lists", "then", "should"...). Placeholders in angle brackets stay whole. Pure.
 */
final class ShellCommands {
    /** The programs a shipped step asks a person to run. */
    static final Set<String> PROGRAMS = Set.of("bluetoothctl", "systemctl", "pactl", "wpctl", "rfkill",
            "journalctl", "busctl", "btmgmt", "hciconfig", "lsusb", "dmesg", "pw-cli", "pw-dump", "bluetoothd");

    /** Words that carry the sentence on after a command: never an argument of the commands above. */
    private static final Set<String> PROSE = Set.of("then", "lists", "list", "shows", "should", "means", "sets",
            "to", "and", "or", "for", "with", "if", "when", "in", "is", "it", "its", "that", "which", "from", "as",
            "again", "wait", "first", "note", "until", "finds", "prints", "works", "fails", "older", "newer");

    /** Arguments "on"/"off" follow only these words (power on, scan off); elsewhere "on" is prose. */
    private static final Set<String> SWITCHES = Set.of("power", "scan", "agent", "discoverable", "pairable");

    private ShellCommands() {
    }

    /** The commands in {@code text}, in order, each once. */
    static List<String> in(String text) {
        String[] words = text.trim().split("\\s+");
        Set<String> found = new LinkedHashSet<>();
        for (int i = 0; i < words.length; i++) {
            String first = stripOpening(words[i]);
            boolean quoted = first.length() < words[i].length() && words[i].contains("'");
            String program = first.equals("sudo") && i + 1 < words.length ? bare(words[i + 1]) : bare(first);
            if (!PROGRAMS.contains(program)) {
                continue;
            }
            List<String> command = new ArrayList<>();
            int j = i;
            boolean placeholder = false;
            for (; j < words.length; j++) {
                String w = j == i ? first : words[j];
                if (j > i && !placeholder && (w.startsWith("(") || (!quoted && isProse(w, command)))) {
                    j--; // this word is not the command's: look at it again
                    break;
                }
                if (w.contains("<") && !w.contains(">")) {
                    placeholder = true;
                }
                String kept = placeholder ? w : stripClosing(w);
                if (w.contains(">")) {
                    placeholder = false;
                    kept = stripClosing(w);
                }
                command.add(kept);
                if (!placeholder && kept.length() < w.length()) {
                    break;
                }
            }
            if (!command.isEmpty()) {
                found.add(String.join(" ", command));
            }
            i = Math.max(i, j);
        }
        return List.copyOf(found);
    }

    private static boolean isProse(String w, List<String> command) {
        String lower = w.toLowerCase(Locale.ROOT);
        if ((lower.equals("on") || lower.equals("off"))) {
            return command.isEmpty() || !SWITCHES.contains(command.get(command.size() - 1));
        }
        return PROSE.contains(lower);
    }

    private static String bare(String w) {
        return stripClosing(stripOpening(w));
    }

    private static String stripOpening(String w) {
        int i = 0;
        while (i < w.length() && (w.charAt(i) == '(' || w.charAt(i) == '\'' || w.charAt(i) == '"')) {
            i++;
        }
        return w.substring(i);
    }

    /** The word without the punctuation that ends a clause (",", ";", ".", ":", ")", a closing quote). */
    private static String stripClosing(String w) {
        int end = w.length();
        while (end > 0 && ",;.:)'\"".indexOf(w.charAt(end - 1)) >= 0) {
            end--;
        }
        return w.substring(0, end);
    }
}
