package org.pairdoctor.web.picture;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Draws a headset from its data as SVG: the outline its form calls for (two earcups and a band;
 * two earbuds and their case; a body), every control and light where the data puts it, the held
 * controls highlighted and labelled, and the expected light pattern as a CSS animation
 * ({@code assets/pictures.css}; none under {@code prefers-reduced-motion}). Colours and shapes are
 * attributes and classes only: the pages' CSP allows no inline styles. Stateless.
 */
public final class Drawing {
    static final int WIDTH = 340;
    static final int HEIGHT = 220;
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
    }

    static Box box(String form, String part) {
        return switch (form + "/" + part) {
            case "over-ear/left" -> new Box(30, 50, 110, 150);
            case "over-ear/right" -> new Box(200, 50, 110, 150);
            case "earbuds/left" -> new Box(25, 22, 90, 90);
            case "earbuds/right" -> new Box(135, 22, 90, 90);
            case "earbuds/case" -> new Box(240, 60, 80, 120);
            default -> new Box(70, 30, 200, 160);
        };
    }

    /**
     * The scene on the headset; empty when there is nothing to show (no held control the headset
     * has, no pattern on a light it has).
     *
     * @param id unique on the page, for the SVG's title id
     */
    public static Optional<Picture> draw(Headset h, Scene s, String id) {
        String form = List.of("over-ear", "earbuds").contains(h.form()) ? h.form() : "other";
        boolean anyHeld = s.held().stream().anyMatch(c -> h.control(c).isPresent());
        Scene.Flash flash = s.flash() != null && h.light(s.flash().light()).isPresent() ? s.flash() : null;
        if (!anyHeld && flash == null) {
            return Optional.empty();
        }
        Scene shown = new Scene(s.held().stream().filter(c -> h.control(c).isPresent()).toList(), s.seconds(), flash);
        String alt = Words.alt(h, shown);
        StringBuilder b = new StringBuilder();
        b.append("<svg class=\"pd-svg\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(HEIGHT).append("\" role=\"img\" aria-labelledby=\"").append(esc(id)).append("-t\">")
                .append("<title id=\"").append(esc(id)).append("-t\">").append(esc(alt)).append("</title>");
        outline(b, form, h);
        for (Headset.Control c : h.controls()) {
            control(b, form, c, shown.held().contains(c.id()), shown.seconds());
        }
        for (Headset.Light l : h.lights()) {
            light(b, form, l, flash != null && flash.light().equals(l.id()) ? flash : null);
        }
        b.append("</svg>");
        return Optional.of(new Picture(b.toString(), alt, flash == null || flash.flashes() <= 0 ? null
                : "The light " + Words.pattern(flash) + "."));
    }

    private static void outline(StringBuilder b, String form, Headset h) {
        switch (form) {
            case "over-ear" -> {
                b.append("<path class=\"pd-band\" d=\"M 70 78 C 70 -8, 270 -8, 270 78\"/>");
                for (String part : List.of("left", "right")) {
                    Box x = box(form, part);
                    double cx = x.px(.5);
                    double cy = x.py(.5);
                    b.append(f("<ellipse class=\"pd-part\" cx=\"%.1f\" cy=\"%.1f\" rx=\"%.1f\" ry=\"%.1f\"/>",
                            cx, cy, x.w() / 2, x.h() / 2));
                    b.append(f("<ellipse class=\"pd-inner\" cx=\"%.1f\" cy=\"%.1f\" rx=\"%.1f\" ry=\"%.1f\"/>",
                            cx, cy, x.w() / 2 - 16, x.h() / 2 - 18));
                    partName(b, x.px(.5), 216, part.equals("left") ? "Left" : "Right");
                }
            }
            case "earbuds" -> {
                for (String part : List.of("left", "right")) {
                    Box x = box(form, part);
                    b.append(f("<circle class=\"pd-part\" cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\"/>",
                            x.px(.5), x.py(.5), x.w() / 2));
                    b.append(f("<circle class=\"pd-inner\" cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\"/>",
                            x.px(part.equals("left") ? .72 : .28), x.py(.62), x.w() / 6));
                    partName(b, x.px(.5), 136, part.equals("left") ? "Left" : "Right");
                }
                Box c = box(form, "case");
                b.append(f("<rect class=\"pd-part\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"26\"/>",
                        c.x(), c.y(), c.w(), c.h()));
                b.append(f("<line class=\"pd-inner\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>",
                        c.x(), c.py(.38), c.x() + c.w(), c.py(.38)));
                partName(b, c.px(.5), 208, "Case");
            }
            default -> {
                Box x = box(form, "body");
                b.append(f("<rect class=\"pd-part\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"40\"/>",
                        x.x(), x.y(), x.w(), x.h()));
            }
        }
    }

    private static void partName(StringBuilder b, double x, double y, String name) {
        b.append(f("<text class=\"pd-part-name\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">", x, y))
                .append(name).append("</text>");
    }

    private static void control(StringBuilder b, String form, Headset.Control c, boolean held, Integer seconds) {
        Box x = box(form, part(form, c.part()));
        double cx = x.px(c.x());
        double cy = x.py(c.y());
        String cls = "pd-control pd-" + esc(c.kind()) + (held ? " pd-held" : "");
        double r = switch (c.kind()) {
            case "touch-panel" -> Math.min(x.w(), x.h()) * .3;
            case "touch-sensor" -> 12;
            default -> 7;
        };
        b.append("<g class=\"").append(cls).append("\" data-control=\"").append(esc(c.id())).append("\">");
        if (held) {
            b.append(f("<circle class=\"pd-ring\" cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\"/>", cx, cy, r + 8));
        }
        b.append(f("<circle class=\"pd-knob\" cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\"/>", cx, cy, r));
        if ("nfc-mark".equals(c.kind())) {
            b.append(f("<text class=\"pd-nfc\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">N</text>", cx, cy + 4));
        }
        b.append("<title>").append(esc(c.label())).append("</title></g>");
        if (held) {
            boolean below = cy < HEIGHT - 40;
            String text = c.label() + (seconds == null ? "" : " · " + seconds + " s");
            double lx = Math.max(48, Math.min(WIDTH - 48, cx));
            b.append(f("<text class=\"pd-label\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">", lx,
                    below ? cy + r + 24 : cy - r - 14)).append(esc(text)).append("</text>");
        }
    }

    private static void light(StringBuilder b, String form, Headset.Light l, Scene.Flash flash) {
        Box x = box(form, part(form, l.part()));
        double cx = x.px(l.x());
        double cy = x.py(l.y());
        if (flash == null) {
            b.append(f("<circle class=\"pd-light-off\" cx=\"%.1f\" cy=\"%.1f\" r=\"4\"/>", cx, cy));
            return;
        }
        String colour = COLOURS.getOrDefault(flash.colour().toLowerCase(Locale.ROOT), COLOURS.get("blue"));
        String anim = flash.flashes() <= 0 ? "pd-steady"
                : "pd-flash-" + Math.min(MAX_FLASHES, flash.flashes()) + (flash.repeats() ? " pd-repeat" : " pd-once");
        b.append("<g class=\"pd-light ").append(anim).append("\" data-light=\"").append(esc(l.id())).append("\">");
        b.append(f("<circle class=\"pd-glow\" cx=\"%.1f\" cy=\"%.1f\" r=\"13\" fill=\"%s\"/>", cx, cy, colour));
        b.append(f("<circle class=\"pd-led\" cx=\"%.1f\" cy=\"%.1f\" r=\"5.5\" fill=\"%s\"/>", cx, cy, colour));
        b.append("</g>");
    }

    /** A part the form does not have is drawn on the form's first part rather than dropped. */
    private static String part(String form, String part) {
        List<String> parts = switch (form) {
            case "over-ear" -> List.of("left", "right");
            case "earbuds" -> List.of("left", "right", "case");
            default -> List.of("body");
        };
        return parts.contains(part) ? part : parts.get(0);
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    static String esc(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&#39;");
    }
}
