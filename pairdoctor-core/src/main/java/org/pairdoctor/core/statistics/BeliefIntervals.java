package org.pairdoctor.core.statistics;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * 95% posterior intervals of a session's cause probabilities (and of the chance that the step shown
 * fixes it) when the model's numbers are uncertain: the causes' priors are a Dirichlet, each fix rate
 * a {@link Beta}, answer likelihoods are taken as known. Drawn by Monte Carlo with a fixed seed, so the
 * same session always shows the same interval. Pure; thread-safe (no shared state).
 */
public final class BeliefIntervals {
    /** Draws per interval: the ends move by about a point between seeds, finer than what is shown. */
    static final int DRAWS = 2_000;

    private BeliefIntervals() {
    }

    /**
     * The intervals.
     *
     * @param low  per cause, the lower end of its probability now
     * @param high per cause, the upper end
     * @param stepLow  lower end of the chance the current step fixes it (NaN without a step)
     * @param stepHigh upper end of that chance (NaN without a step)
     */
    public record Result(double[] low, double[] high, double stepLow, double stepHigh) {
    }

    /**
     * @param alpha      Dirichlet weights of the causes' priors (prior probability × total weight)
     * @param failed     for each action that failed in the session, its fix rate per cause
     * @param likelihood per cause, the product of the likelihoods of the answers given so far
     * @param step       the current step's fix rate per cause, or null when it is not a repair
     */
    public static Result of(double[] alpha, List<Beta[]> failed, double[] likelihood, Beta[] step, long seed) {
        int n = alpha.length;
        SplittableRandom random = new SplittableRandom(seed);
        double[][] draws = new double[n][DRAWS];
        double[] stepDraws = new double[DRAWS];
        double[] w = new double[n];
        for (int d = 0; d < DRAWS; d++) {
            double total = 0;
            for (int c = 0; c < n; c++) {
                double x = gamma(alpha[c], random) * likelihood[c];
                for (Beta[] f : failed) {
                    x *= 1 - draw(f[c], random);
                }
                w[c] = x;
                total += x;
            }
            double chance = 0;
            for (int c = 0; c < n; c++) {
                double q = total > 0 ? w[c] / total : 1.0 / n;
                draws[c][d] = q;
                if (step != null) {
                    chance += q * draw(step[c], random);
                }
            }
            stepDraws[d] = chance;
        }
        double[] low = new double[n];
        double[] high = new double[n];
        for (int c = 0; c < n; c++) {
            Arrays.sort(draws[c]);
            low[c] = draws[c][(int) (0.025 * DRAWS)];
            high[c] = draws[c][(int) (0.975 * DRAWS) - 1];
        }
        if (step == null) {
            return new Result(low, high, Double.NaN, Double.NaN);
        }
        Arrays.sort(stepDraws);
        return new Result(low, high, stepDraws[(int) (0.025 * DRAWS)], stepDraws[(int) (0.975 * DRAWS) - 1]);
    }

    private static double draw(Beta b, SplittableRandom random) {
        double x = gamma(b.a(), random);
        double y = gamma(b.b(), random);
        return x + y > 0 ? x / (x + y) : b.mean();
    }

    /** A Gamma(shape, 1) draw: Marsaglia and Tsang (2000), boosted for shapes below 1. */
    static double gamma(double shape, SplittableRandom random) {
        if (shape <= 0) {
            return 0;
        }
        if (shape < 1) {
            return gamma(shape + 1, random) * Math.pow(random.nextDouble(), 1 / shape);
        }
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x;
            double v;
            do {
                x = normal(random);
                v = 1 + c * x;
            } while (v <= 0);
            v = v * v * v;
            double u = random.nextDouble();
            if (u < 1 - 0.0331 * x * x * x * x || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) {
                return d * v;
            }
        }
    }

    private static double normal(SplittableRandom random) {
        double u = random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(1 - u)) * Math.cos(2 * Math.PI * v);
    }
}
