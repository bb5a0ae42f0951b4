package org.pairdoctor.core.statistics;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The distribution of how long something took: mean, quartiles, 90th percentile, and counts in
 * fixed buckets for a histogram. Seconds throughout; all 0 when {@code count} is 0. Immutable.
 */
public record DurationSummary(int count, double meanSeconds, double p25Seconds, double medianSeconds,
                              double p75Seconds, double p90Seconds, List<Bucket> histogram) {
    /** Bucket edges in seconds: under 1 min, 1–2, 2–5, 5–10, 10–20, 20–30, 30 min and more. */
    static final double[] EDGES = {0, 60, 120, 300, 600, 1200, 1800, Double.POSITIVE_INFINITY};
    static final String[] LABELS = {"< 1 min", "1\u20132 min", "2\u20135 min", "5\u201310 min", "10\u201320 min",
            "20\u201330 min", "\u2265 30 min"};

    /** One bar of the histogram: durations in [from, to) seconds. */
    public record Bucket(String label, double fromSeconds, double toSeconds, long count) {
    }

    public DurationSummary {
        histogram = List.copyOf(histogram);
    }

    public static DurationSummary of(List<Duration> durations) {
        double[] s = durations.stream().mapToDouble(d -> d.toMillis() / 1000.0).sorted().toArray();
        long[] counts = new long[LABELS.length];
        for (double v : s) {
            for (int b = 0; b < LABELS.length; b++) {
                if (v < EDGES[b + 1]) {
                    counts[b]++;
                    break;
                }
            }
        }
        List<Bucket> buckets = new ArrayList<>();
        for (int b = 0; b < LABELS.length; b++) {
            buckets.add(new Bucket(LABELS[b], EDGES[b], EDGES[b + 1], counts[b]));
        }
        if (s.length == 0) {
            return new DurationSummary(0, 0, 0, 0, 0, 0, buckets);
        }
        return new DurationSummary(s.length, Arrays.stream(s).average().orElse(0), quantile(s, 0.25),
                quantile(s, 0.5), quantile(s, 0.75), quantile(s, 0.9), buckets);
    }

    /** Linear interpolation between order statistics (type 7, as R and NumPy default). */
    static double quantile(double[] sorted, double q) {
        double pos = q * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }
}
