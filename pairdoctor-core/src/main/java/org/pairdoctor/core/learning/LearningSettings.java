package org.pairdoctor.core.learning;

import java.time.Duration;

/**
 * How learning weighs data against the knowledge base.
 *
 * @param pseudoCount    how many sessions' worth of belief the knowledge base's numbers carry: each
 *                       probability is a Beta/Dirichlet prior with this total weight
 * @param halfLife       a session this old counts half as much as one finished now, so OS and
 *                       firmware changes show through
 * @param minHostSessions faded sessions a host needs before it gets parameters of its own; hosts
 *                       with fewer use the pooled counts of all hosts of the problem
 * @param maxIterations  EM iterations at most
 * @param tolerance      EM stops when no expected count moves by more than this
 * @param floor          smallest likelihood an observation is given in the E-step when the current
 *                       numbers call a session impossible (a fix the knowledge base did not expect),
 *                       so it still teaches something instead of being dropped
 */
public record LearningSettings(double pseudoCount, Duration halfLife, double minHostSessions, int maxIterations,
                               double tolerance, double floor) {
    public LearningSettings {
        if (!(pseudoCount > 0)) {
            throw new IllegalArgumentException("pseudoCount must be positive, was " + pseudoCount);
        }
        if (halfLife.isNegative() || halfLife.isZero()) {
            throw new IllegalArgumentException("halfLife must be positive, was " + halfLife);
        }
        if (maxIterations < 1) {
            throw new IllegalArgumentException("maxIterations must be at least 1, was " + maxIterations);
        }
        if (!(floor >= 0 && floor < 0.5)) {
            throw new IllegalArgumentException("floor must be in [0, 0.5), was " + floor);
        }
    }

    /** Pseudo-count 10, half-life 180 days, 100 sessions for a host of its own, 100 iterations. */
    public static LearningSettings defaults() {
        return new LearningSettings(10, Duration.ofDays(180), 100, 100, 1e-4, 1e-3);
    }

    public LearningSettings withPseudoCount(double k) {
        return new LearningSettings(k, halfLife, minHostSessions, maxIterations, tolerance, floor);
    }

    public LearningSettings withHalfLife(Duration h) {
        return new LearningSettings(pseudoCount, h, minHostSessions, maxIterations, tolerance, floor);
    }

    public LearningSettings withMinHostSessions(double n) {
        return new LearningSettings(pseudoCount, halfLife, n, maxIterations, tolerance, floor);
    }
}
