package org.pairdoctor.core.statistics;

import java.util.Locale;

/**
 * A counted share, e.g. 211 of 340 tries fixed it, with its 95% Wilson score interval, which stays
 * inside [0, 1] and is honest for small counts and rates near 0 or 1. Immutable.
 */
public record Proportion(long successes, long n) {
    /** z for a two-sided 95% interval. */
    static final double Z95 = 1.959963984540054;

    public Proportion {
        if (n < 0 || successes < 0 || successes > n) {
            throw new IllegalArgumentException("a proportion needs 0 <= successes <= n, got " + successes + " of " + n);
        }
    }

    /** The observed share; 0 when nothing was counted. */
    public double rate() {
        return n == 0 ? 0 : (double) successes / n;
    }

    /** Lower end of the 95% Wilson interval (0 when n is 0). */
    public double low() {
        return wilson(-1);
    }

    /** Upper end of the 95% Wilson interval (1 when n is 0). */
    public double high() {
        return wilson(+1);
    }

    private double wilson(int sign) {
        if (n == 0) {
            return sign < 0 ? 0 : 1;
        }
        double p = rate();
        double z2 = Z95 * Z95;
        double centre = p + z2 / (2.0 * n);
        double spread = Z95 * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
        double v = (centre + sign * spread) / (1 + z2 / n);
        return Math.max(0, Math.min(1, v));
    }

    /** "62% (55–69%)". */
    public String percentWithInterval() {
        return String.format(Locale.ROOT, "%d%% (%d\u2013%d%%)", Math.round(rate() * 100), Math.round(low() * 100),
                Math.round(high() * 100));
    }

    public Proportion plus(Proportion o) {
        return new Proportion(successes + o.successes, n + o.n);
    }
}
