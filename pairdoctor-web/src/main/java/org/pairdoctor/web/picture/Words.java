package org.pairdoctor.web.picture;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A scene in words, from the same data as its drawing: the picture's text alternative ("Hold POWER
 * on the left earcup for 7 seconds; the light flashes blue twice, repeatedly.") and the light's
 * pattern for people who see no animation.
 */
final class Words {
    private Words() {
    }

    /** The text alternative of the scene on the headset. */
    static String alt(Headset h, Scene s) {
        List<String> clauses = new ArrayList<>();
        List<Headset.Control> held = s.held().stream().map(h::control).flatMap(java.util.Optional::stream).toList();
        if (!held.isEmpty()) {
            Map<String, List<Headset.Control>> byPart = new LinkedHashMap<>();
            held.forEach(c -> byPart.computeIfAbsent(c.part(), p -> new ArrayList<>()).add(c));
            List<String> where = new ArrayList<>();
            byPart.forEach((part, list) -> where.add(and(list.stream().map(Headset.Control::label).toList())
                    + " on the " + part(h.form(), part)));
            boolean touch = held.stream().allMatch(c -> c.kind().startsWith("touch"));
            clauses.add((touch ? "Touch and hold " : "Hold ") + String.join(", and ", where)
                    + (s.seconds() == null ? "" : " for " + s.seconds() + (s.seconds() == 1 ? " second" : " seconds")));
        }
        if (s.flash() != null) {
            String light = h.lights().size() > 1 ? h.light(s.flash().light())
                    .map(l -> "the light on the " + part(h.form(), l.part())).orElse("the light") : "the light";
            clauses.add(light + " " + pattern(s.flash()));
        }
        String text = String.join("; ", clauses);
        return text.isEmpty() ? h.name() : Character.toUpperCase(text.charAt(0)) + text.substring(1) + ".";
    }

    /** "flashes blue twice, repeatedly", "flashes red 4 times", "stays lit blue". */
    static String pattern(Scene.Flash f) {
        String colour = f.colour().toLowerCase(Locale.ROOT);
        if (f.flashes() <= 0) {
            return "stays lit " + colour;
        }
        return "flashes " + colour + " " + times(f.flashes()) + (f.repeats() ? ", repeatedly" : "");
    }

    static String times(int n) {
        return switch (n) {
            case 1 -> "once";
            case 2 -> "twice";
            default -> n + " times";
        };
    }

    /** A part as people call it: the left earcup, the charging case. */
    static String part(String form, String part) {
        return switch (part) {
            case "left" -> "earbuds".equals(form) ? "left earbud" : "left earcup";
            case "right" -> "earbuds".equals(form) ? "right earbud" : "right earcup";
            case "case" -> "charging case";
            default -> "headset";
        };
    }

    private static String and(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
