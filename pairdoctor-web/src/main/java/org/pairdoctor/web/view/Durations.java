package org.pairdoctor.web.view;

/** Formats of durations and times shown to users. */
public final class Durations {
    private static final java.time.format.DateTimeFormatter WHEN = java.time.format.DateTimeFormatter
            .ofPattern("d MMMM yyyy, HH:mm 'UTC'", java.util.Locale.ENGLISH).withZone(java.time.ZoneOffset.UTC);

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

    /** A measured duration in words: "45 seconds", "1 second", "3 min 20 s", "1 h 5 min". */
    public static String words(long seconds) {
        long s = Math.max(0, seconds);
        if (s < 60) {
            return s + (s == 1 ? " second" : " seconds");
        }
        if (s < 3600) {
            return (s / 60) + " min" + (s % 60 == 0 ? "" : " " + (s % 60) + " s");
        }
        return (s / 3600) + " h " + ((s % 3600) / 60) + " min";
    }

    /** A moment for people, to the minute, in UTC: "1 December 2026, 19:45 UTC". */
    public static String when(java.time.Instant at) {
        return at == null ? "" : WHEN.format(at);
    }
}
