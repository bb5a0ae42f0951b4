package org.pairdoctor.web.picture;

import static org.pairdoctor.web.picture.Drawing.f;

/** The outlines of each form's parts, and the small headset that marks the side of a zoomed earcup. */
final class Outlines {
    private Outlines() {
    }

    static void draw(StringBuilder b, Drawing.Layout layout) {
        switch (layout.form()) {
            case "over-ear" -> overEar(b, layout);
            case "earbuds" -> earbuds(b, layout);
            default -> layout.parts().values().forEach(x -> b.append(f(
                    "<rect class=\"pd-part\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"40\"/>",
                    x.x(), x.y(), x.w(), x.h())));
        }
    }

    private static void overEar(StringBuilder b, Drawing.Layout layout) {
        if (layout.zoomed() == null) {
            b.append("<path class=\"pd-band\" d=\"M 70 90 C 70 -4, 270 -4, 270 90\"/>");
        } else {
            thumbnail(b, layout.zoomed());
        }
        layout.parts().forEach((part, x) -> {
            b.append(f("<ellipse class=\"pd-part\" cx=\"%.1f\" cy=\"%.1f\" rx=\"%.1f\" ry=\"%.1f\"/>",
                    x.px(.5), x.py(.5), x.w() / 2, x.h() / 2));
            b.append(f("<ellipse class=\"pd-inner\" cx=\"%.1f\" cy=\"%.1f\" rx=\"%.1f\" ry=\"%.1f\"/>",
                    x.px(.5), x.py(.5), x.w() / 2 - x.w() * .16, x.h() / 2 - x.h() * .14));
            if (layout.zoomed() == null) {
                name(b, x.px(.5), x.py(.5) + 5, part.equals("right") ? "Right" : "Left");
            }
        });
        if (layout.zoomed() != null) {
            name(b, 48, 122, layout.zoomed().equals("right") ? "right earcup" : "left earcup");
            name(b, 48, 138, "from outside");
        }
    }

    /** A small headset with the zoomed earcup filled, so the side is clear at a glance. */
    private static void thumbnail(StringBuilder b, String side) {
        b.append("<path class=\"pd-band pd-thin\" d=\"M 24 52 C 24 8, 72 8, 72 52\"/>");
        b.append(f("<ellipse class=\"%s\" cx=\"24\" cy=\"68\" rx=\"13\" ry=\"19\"/>",
                side.equals("left") ? "pd-part pd-here" : "pd-part"));
        b.append(f("<ellipse class=\"%s\" cx=\"72\" cy=\"68\" rx=\"13\" ry=\"19\"/>",
                side.equals("right") ? "pd-part pd-here" : "pd-part"));
        b.append("<text class=\"pd-part-name\" x=\"24\" y=\"99\" text-anchor=\"middle\">L</text>");
        b.append("<text class=\"pd-part-name\" x=\"72\" y=\"99\" text-anchor=\"middle\">R</text>");
    }

    private static void earbuds(StringBuilder b, Drawing.Layout layout) {
        layout.parts().forEach((part, x) -> {
            if (part.equals("case")) {
                b.append(f("<rect class=\"pd-part\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"26\"/>",
                        x.x(), x.y(), x.w(), x.h()));
                b.append(f("<line class=\"pd-inner\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>",
                        x.x(), x.py(.38), x.x() + x.w(), x.py(.38)));
                name(b, x.px(.5), x.bottom() + 18, "Case");
            } else {
                b.append(f("<circle class=\"pd-part\" cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\"/>", x.px(.5), x.py(.5),
                        x.w() / 2));
                b.append(f("<circle class=\"pd-inner\" cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\"/>",
                        x.px(part.equals("left") ? .74 : .26), x.py(.64), x.w() / 6));
                name(b, x.px(.5), x.bottom() + 20, part.equals("left") ? "Left" : "Right");
            }
        });
    }

    private static void name(StringBuilder b, double x, double y, String text) {
        b.append(f("<text class=\"pd-part-name\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">", x, y))
                .append(text).append("</text>");
    }
}
