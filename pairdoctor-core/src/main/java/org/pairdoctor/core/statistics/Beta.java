package org.pairdoctor.core.statistics;

import java.util.Locale;

/**
 * A Beta(a, b) distribution: the posterior of a learned probability (a fix rate, or one cause's
 * share, the marginal of a Dirichlet), whose prior is the knowledge base's number with the weight
 * of {@code pseudoCount} sessions and whose data are the expected counts. Its 95% interval is the
 * posterior (credible) interval the report and the step pages show. Immutable.
 */
public record Beta(double a, double b) {
    private static final int MAX_ITERATIONS = 300;
    private static final double EPSILON = 1e-14;

    public Beta {
        if (!(a > 0) || !(b > 0)) {
            throw new IllegalArgumentException("Beta needs a > 0 and b > 0, got " + a + ", " + b);
        }
    }

    /**
     * The posterior of a probability {@code p} (a posterior mean) that rests on {@code weight}
     * sessions' worth of evidence, prior included: Beta(p·w, (1−p)·w), kept proper at 0 and 1.
     */
    public static Beta ofMean(double p, double weight) {
        double w = Math.max(weight, 1e-9);
        double q = Math.min(Math.max(p, 1e-9), 1 - 1e-9);
        return new Beta(q * w, (1 - q) * w);
    }

    public double mean() {
        return a / (a + b);
    }

    /** Lower end of the central 95% interval. */
    public double low() {
        return quantile(0.025);
    }

    /** Upper end of the central 95% interval. */
    public double high() {
        return quantile(0.975);
    }

    /** "93–99%". */
    public String interval() {
        return String.format(Locale.ROOT, "%d\u2013%d%%", Math.round(low() * 100), Math.round(high() * 100));
    }

    /** P(X ≤ x): the regularised incomplete beta function. */
    public double cdf(double x) {
        if (x <= 0) {
            return 0;
        }
        if (x >= 1) {
            return 1;
        }
        double lnFront = a * Math.log(x) + b * Math.log1p(-x) - logBeta(a, b);
        // The continued fraction converges fast on this side of the mean; use symmetry on the other.
        if (x < (a + 1) / (a + b + 2)) {
            return Math.exp(lnFront) * fraction(a, b, x) / a;
        }
        return 1 - Math.exp(lnFront) * fraction(b, a, 1 - x) / b;
    }

    /** The x with P(X ≤ x) = p, by bisection (the cdf is monotone; 60 halvings reach double precision). */
    public double quantile(double p) {
        double lo = 0;
        double hi = 1;
        for (int i = 0; i < 60; i++) {
            double mid = (lo + hi) / 2;
            if (cdf(mid) < p) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return (lo + hi) / 2;
    }

    /** Lentz's continued fraction for the incomplete beta function (Numerical Recipes, 6.4). */
    private static double fraction(double a, double b, double x) {
        double tiny = 1e-300;
        double c = 1;
        double d = 1 - (a + b) * x / (a + 1);
        d = 1 / (Math.abs(d) < tiny ? tiny : d);
        double h = d;
        for (int m = 1; m <= MAX_ITERATIONS; m++) {
            int m2 = 2 * m;
            double aa = m * (b - m) * x / ((a + m2 - 1) * (a + m2));
            d = 1 / nonZero(1 + aa * d, tiny);
            c = nonZero(1 + aa / c, tiny);
            h *= d * c;
            aa = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1));
            d = 1 / nonZero(1 + aa * d, tiny);
            c = nonZero(1 + aa / c, tiny);
            double del = d * c;
            h *= del;
            if (Math.abs(del - 1) < EPSILON) {
                break;
            }
        }
        return h;
    }

    private static double nonZero(double v, double tiny) {
        return Math.abs(v) < tiny ? tiny : v;
    }

    static double logBeta(double a, double b) {
        return logGamma(a) + logGamma(b) - logGamma(a + b);
    }

    /** Lanczos approximation (g = 7, n = 9), accurate to ~15 digits for x > 0. */
    static double logGamma(double x) {
        if (x < 0.5) {
            return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
        }
        double[] g = {0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
                -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
                1.5056327351493116e-7};
        x -= 1;
        double s = g[0];
        double t = x + 7.5;
        for (int i = 1; i < 9; i++) {
            s += g[i] / (x + i);
        }
        return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(s);
    }
}
