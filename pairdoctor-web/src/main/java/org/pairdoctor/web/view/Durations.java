package org.pairdoctor.web.view;

/** Formats of durations shown to users. */
public final class Durations {
    private Durations() {
    }

    /** m:ss, e.g. 1:05. */
    public static String clock(long seconds) {
        long s = Math.max(0, seconds);
        return (s / 60) + ":" + String.format("%02d", s % 60);
    }

    /** A rounded figure: "about 40 s", "about 3 min", "about 1 h 20 min". */
    public static String about(double seconds) {
        long s = Math.round(Math.max(0, seconds));
        if (s < 90) {
            return "about " + Math.max(5, Math.round(s / 5.0) * 5) + " s";
        }
        long min = Math.round(s / 60.0);
        if (min < 90) {
            return "about " + min + " min";
        }
        return "about " + (min / 60) + " h " + (min % 60) + " min";
    }
}
