package org.pairdoctor.core.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The placeholders of instruction texts, which keep problems and host procedures right for every
 * headset: {@code {device}} (the device's name), {@code {maker}} (its maker), {@code {scanName}} (its
 * first classic scan-list name), {@code {leScanName}} (its first LE entry; empty when it has none) and
 * {@code {host}} (the host's name), {@code {supportUrl}} (the device's support address; empty when it has
 * none), {@code {pairingLight}} (the device's pairing-mode light in words, from the {@code pattern} of its
 * {@code enter-pairing-mode}; empty without one), {@code {cable}} ("the cable" for a device with the
 * cable-input capability, else empty: "[[, or use {cable}]]"), and {@code {button:ID}} (the device's label for its button ID).
 * Text inside {@code [[...]]} is optional: it is dropped when a
 * placeholder in it has no value (a headset without an LE entry).
 */
final class Placeholders {
    static final Set<String> NAMES = Set.of("device", "maker", "scanName", "leScanName", "host", "supportUrl",
            "pairingLight", "cable");
    static final String OPEN = "[[";
    static final String CLOSE = "]]";
    /** {@code {button:ID}}: the device's label for one of its buttons. */
    static final String BUTTON = "button:";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_-]*(?::[A-Za-z0-9_-]*)?)}");

    private Placeholders() {
    }

    /** The placeholder names used in {@code text}, known or not, in order. */
    static List<String> names(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /** The button ids named by {@code {button:ID}} placeholders in {@code text}, in order. */
    static List<String> buttons(String text) {
        return names(text).stream().filter(n -> n.startsWith(BUTTON)).map(n -> n.substring(BUTTON.length())).toList();
    }

    /**
     * The button ids that {@code text} needs whatever the device: those named outside optional
     * {@code [[...]]} segments (a segment is dropped for a device that lacks its button).
     */
    static List<String> requiredButtons(String text) {
        return required(text).stream().filter(n -> n.startsWith(BUTTON)).map(n -> n.substring(BUTTON.length()))
                .toList();
    }

    /** The placeholder names {@code text} uses outside optional {@code [[...]]} segments, in order. */
    static List<String> required(String text) {
        return names(text.replaceAll("\\[\\[.*?]]", ""));
    }

    static String replace(String text, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String v = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(v != null ? v : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * What is wrong with the placeholders and optional segments of {@code text}: unknown names
     * (with the closest known one), unbalanced or nested {@code [[ ]]}; empty when nothing is.
     */
    static List<String> problems(String text) {
        List<String> out = new ArrayList<>();
        for (String n : names(text)) {
            if (n.startsWith(BUTTON)) {
                if (!n.substring(BUTTON.length()).matches(SchemaCheck.KEBAB)) {
                    out.add("'{" + n + "}' does not name a button id: write {button:ID} with a button id of the "
                            + "device (kebab-case, e.g. {button:power})");
                }
            } else if (!NAMES.contains(n)) {
                String near = Spelling.closest(n, NAMES);
                out.add("unknown placeholder '{" + n + "}'" + (near == null ? "" : "; did you mean '{" + near + "}'?")
                        + " (placeholders: {device}, {maker}, {scanName}, {leScanName}, {host}, {supportUrl}, {pairingLight}, {cable}, "
                        + "{button:ID})");
            }
        }
        int depth = 0;
        for (int i = 0; i + 1 < text.length(); i++) {
            if (text.startsWith(OPEN, i)) {
                depth++;
                i++;
            } else if (text.startsWith(CLOSE, i)) {
                depth--;
                i++;
            }
            if (depth < 0 || depth > 1) {
                break;
            }
        }
        if (depth != 0) {
            out.add("unbalanced or nested optional segment: each '[[' needs one ']]' after it, and segments do not nest");
        }
        return out;
    }
}
