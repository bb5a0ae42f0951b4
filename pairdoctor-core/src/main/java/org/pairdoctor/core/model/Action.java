package org.pairdoctor.core.model;

import java.util.Map;

/**
 * A repair step. It costs {@code seconds} whether it works or not (destructive steps include the
 * penalty of what they erase) and, when cause {@code c} is present, ends the problem with
 * probability {@code fixes.get(c)} (0 where absent).
 *
 * @param destructive true when the step erases something (e.g. every pairing); a planner must ask
 *                    the user to confirm it
 */
public record Action(String id, double seconds, Map<String, Double> fixes, boolean destructive) {
    public Action {
        Checks.id(id, "action");
        Checks.seconds(seconds, "action '" + id + "'");
        fixes = Checks.probabilities(fixes, "fixes of action '" + id + "'");
    }

    public static Action of(String id, double seconds, Map<String, Double> fixes) {
        return new Action(id, seconds, fixes, false);
    }

    /** P(this action fixes the problem | cause). */
    public double fixProbability(String causeId) {
        return fixes.getOrDefault(causeId, 0.0);
    }
}
