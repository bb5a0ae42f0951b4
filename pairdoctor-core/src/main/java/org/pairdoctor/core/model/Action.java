package org.pairdoctor.core.model;

import java.util.Map;

/**
 * A repair step. It costs {@code seconds} whether it works or not and, when cause {@code c} is
 * present, ends the problem with probability {@code fixes.get(c)} (0 where absent).
 *
 * <p>{@code seconds} is the one number the planner minimises: the person's effort plus
 * {@link #WAIT_WEIGHT} times their waiting (plus, for a destructive step, the penalty of what it
 * erases). {@code effortSeconds} and {@code waitSeconds} say what it is made of, for the person
 * ("30 s, then 15 min of waiting") and for learning, which learns effort only (see
 * {@code docs/cost-model.md}).
 *
 * @param destructive   true when the step erases something (e.g. every pairing); a planner must ask
 *                      the user to confirm it
 * @param effortSeconds the person's hands-on time (equal to {@code seconds} for a step authored without a split)
 * @param waitSeconds   time the person waits but can spend elsewhere (charging, a download; a short restart counts as effort)
 */
public record Action(String id, double seconds, Map<String, Double> fixes, boolean destructive,
                     double effortSeconds, double waitSeconds) {
    /**
     * What one second of waiting costs in seconds of effort: the person can do something else while
     * the headset charges, but the problem stays unsolved and they must come back. An authors'
     * estimate, reasoned in {@code docs/cost-model.md}.
     */
    public static final double WAIT_WEIGHT = 0.15;

    public Action {
        Checks.id(id, "action");
        Checks.seconds(seconds, "action '" + id + "'");
        Checks.seconds(effortSeconds, "effort of action '" + id + "'");
        Checks.seconds(waitSeconds, "waiting of action '" + id + "'");
        fixes = Checks.probabilities(fixes, "fixes of action '" + id + "'");
    }

    /** An action whose whole time is effort (no waiting). */
    public Action(String id, double seconds, Map<String, Double> fixes, boolean destructive) {
        this(id, seconds, fixes, destructive, seconds, 0);
    }

    public static Action of(String id, double seconds, Map<String, Double> fixes) {
        return new Action(id, seconds, fixes, false);
    }

    /** The cost the planner minimises for this effort and waiting (no penalty): effort + weight × waiting. */
    public static double cost(double effortSeconds, double waitSeconds) {
        return effortSeconds + WAIT_WEIGHT * waitSeconds;
    }

    /** Clock time the step takes the person: effort plus waiting. */
    public double wallSeconds() {
        return effortSeconds + waitSeconds;
    }

    /** What the cost holds beyond effort and weighted waiting: a destructive step's penalty (0 otherwise). */
    public double penaltySeconds() {
        return Math.max(0, seconds - cost(effortSeconds, waitSeconds));
    }

    /** The same action with other effort (learned): the cost follows, waiting and penalty stay. */
    public Action withEffort(double effort) {
        return new Action(id, cost(effort, waitSeconds) + penaltySeconds(), fixes, destructive, effort, waitSeconds);
    }

    /** P(this action fixes the problem | cause). */
    public double fixProbability(String causeId) {
        return fixes.getOrDefault(causeId, 0.0);
    }
}
