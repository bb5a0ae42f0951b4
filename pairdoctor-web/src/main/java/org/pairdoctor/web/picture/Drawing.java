package org.pairdoctor.web.picture;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Draws a headset from its data as SVG: the outline its form calls for (earcups and a band; two
 * earbuds and their case; a body), every control and light where the data puts it, the held
 * controls highlighted and named in a row of labels below, and the expected light pattern as a CSS
 * animation ({@code assets/pictures.css}; none under {@code prefers-reduced-motion}). When all an
 * over-ear step shows is on one earcup, that earcup is drawn large beside a small headset that marks
 * the side. Colours and shapes are attributes and classes only: the pages' CSP allows no inline
 * styles. Stateless.
 */
public final class Drawing {
    static final int WIDTH = 340;
    /** Height of the drawing above its row of labels. */
    static final int HEIGHT = 240;
    static final int LABEL_ROW = 20;
    /** The flash classes the stylesheet has keyframes for: pd-flash-1 .. pd-flash-6. */
    static final int MAX_FLASHES = 6;
    private static final Map<String, String> COLOURS = Map.of("blue", "#1f6fff", "red", "#e0352b",
            "green", "#1f9d55", "white", "#ffffff", "amber", "#f0a500");

    private Drawing() {
    }

    /** Where a part sits in the picture. */
    record Box(double x, double y, double w, double h) {
        double px(double u) {
            return x + u * w;
        }

        double py(double v) {
            return y + v * h;
        }

        double bottom() {
            return y + h;
        }
    }

    /** The parts drawn and where; {@code zoomed} names the one earcup drawn alone, else null. */
    record Layout(String form, Map<String, Box> parts, String zoomed) {
    }

    static Layout layout(String form, Headset h, Scene s) {
        Map<String, Box> parts = new LinkedHashMap<>();
        switch (form) {
            case "over-ear" -> {
                List<String> used = new ArrayList<>();
                s.held().forEach(c -> h.control(c).ifPresent(x -> used.add(x.part())));
                if (s.flash() != null) {
                    h.light(s.flash().light()).ifPresent(l -> used.add(l.part()));
                }
                List<String> distinct = used.stream().map(p -> p.equals("right") ? "right" : "left").distinct().toList();
                if (distinct.size() == 1) {
                    parts.put(distinct.get(0), new Box(110, 12, 170, 222));
                    return new Layout(form, parts, distinct.get(0));
                }
                parts.put("left", new Box(30, 58, 120, 170));
                parts.put("right", new Box(190, 58, 120, 170));
            }
            case "earbuds" -> {
                parts.put("left", new Box(20, 30, 96, 96));
                parts.put("right", new Box(130, 30, 96, 96));
                parts.put("case", new Box(244, 70, 82, 126));
            }
            default -> parts.put("body", new Box(70, 30, 200, 180));
        }
        return new Layout(form, parts, null);
    }

    /**
     * The scene on the headset; empty when there is nothing to show (no held control the headset
     * has, no pattern on a light it has).
     *
     * @param id unique on the page, for the SVG's title id
     */
    public static Optional<Picture> draw(Headset h, Scene s, String id) {
        String form = List.of("over-ear", "earbuds").contains(h.form()) ? h.form() : "other";
        Scene.Flash flash = s.flash() != null && h.light(s.flash().light()).isPresent() ? s.flash() : null;
        Scene shown = new Scene(s.held().stream().filter(c -> h.control(c).isPresent()).toList(), s.seconds(), flash);
        if (shown.empty()) {
            return Optional.empty();
        }
        String alt = Words.alt(h, shown);
        Layout layout = layout(form, h, shown);
        int labels = shown.held().size();
        int height = HEIGHT + (labels == 0 ? 0 : LABEL_ROW * labels + 8);
        StringBuilder b = new StringBuilder();
        b.append("<svg class=\"pd-svg\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(height).append("\" role=\"img\" aria-labelledby=\"").append(esc(id)).append("-t\">")
                .append("<title id=\"").append(esc(id)).append("-t\">").append(esc(alt)).append("</title>");
        Outlines.draw(b, layout);
        int row = 0;
        for (Headset.Control c : h.controls()) {
            Box box = layout.parts().get(part(form, c.part()));
            if (box != null) {
                boolean held = shown.held().contains(c.id());
                control(b, box, c, held, held ? shown.seconds() : null, held ? HEIGHT + LABEL_ROW * ++row : 0);
            }
        }
        for (Headset.Light l : h.lights()) {
            Box box = layout.parts().get(part(form, l.part()));
            if (box != null) {
                light(b, box, l, flash != null && flash.light().equals(l.id()) ? flash : null);
            }
        }
        b.append("</svg>");
        return Optional.of(new Picture(b.toString(), alt, flash == null || flash.flashes() <= 0 ? null
                : "The light " + Words.pattern(flash) + "."));
    }

    private static void control(StringBuilder b, Box box, Headset.Control c, boolean held, Integer seconds, int labelY) {
        double cx = box.px(c.x());
        double cy = box.py(c.y());
        double r = switch (c.kind()) {
            case "touch-panel" -> Math.min(box.w(), box.h()) * .3;
            case "touch-sensor" -> Math.max(12, box.w() * .14);
            default -> Math.max(6, box.w() * .045);
        };
        b.append("<g class=\"pd-control pd-").append(esc(c.kind())).append(held ? " pd-held" : "")
                .append("\" data-control=\"").append(esc(c.id())).append("\">");
        if (held) {
            b.append(f("<circle class=\"pd-ring\" cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\"/>", cx, cy, r + 5));
        }
        b.append(f("<circle class=\"pd-knob\" cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\"/>", cx, cy, r));
        if ("nfc-mark".equals(c.kind())) {
            b.append(f("<text class=\"pd-nfc\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">N</text>", cx, cy + 4));
        }
        b.append("<title>").append(esc(c.label())).append("</title></g>");
        if (held) {
            double lx = Math.max(60, Math.min(WIDTH - 60, cx));
            b.append(f("<path class=\"pd-leader\" d=\"M %.1f %.1f L %.1f %.1f L %.1f %.1f\"/>", cx, cy + r + 5, cx,
                    (double) labelY - 15, lx, (double) labelY - 15));
            String text = c.label() + (seconds == null ? "" : " · " + seconds + " s");
            b.append(f("<text class=\"pd-label\" x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">", lx, labelY))
                    .append(esc(text)).append("</text>");
        }
    }

    private static void light(StringBuilder b, Box box, Headset.Light l, Scene.Flash flash) {
        double cx = box.px(l.x());
        double cy = box.py(l.y());
        if (flash == null) {
            b.append(f("<circle class=\"pd-light-off\" cx=\"%.1f\" cy=\"%.1f\" r=\"4\"/>", cx, cy));
            return;
        }
        String colour = COLOURS.getOrDefault(flash.colour().toLowerCase(Locale.ROOT), COLOURS.get("blue"));
        String anim = flash.flashes() <= 0 ? "pd-steady"
                : "pd-flash-" + Math.min(MAX_FLASHES, flash.flashes()) + (flash.repeats() ? " pd-repeat" : " pd-once");
        b.append("<g class=\"pd-light ").append(anim).append("\" data-light=\"").append(esc(l.id())).append("\">");
        b.append(f("<circle class=\"pd-glow\" cx=\"%.1f\" cy=\"%.1f\" r=\"11\" fill=\"%s\"/>", cx, cy, colour));
        b.append(f("<circle class=\"pd-led\" cx=\"%.1f\" cy=\"%.1f\" r=\"5\" fill=\"%s\"/>", cx, cy, colour));
        b.append("</g>");
    }

    /** A part the form does not have is drawn on the form's first part rather than dropped. */
    static String part(String form, String part) {
        List<String> parts = switch (form) {
            case "over-ear" -> List.of("left", "right");
            case "earbuds" -> List.of("left", "right", "case");
            default -> List.of("body");
        };
        return parts.contains(part) ? part : parts.get(0);
    }

    static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    static String esc(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&#39;");
    }
}
