package org.pairdoctor.core.engine;

import java.util.List;

/**
 * Why a step was chosen, for the "Why this step?" panel.
 *
 * @param topCauses the most likely causes now, most likely first
 * @param reason one or two sentences in plain words
 * @param expectedRemainingSeconds the planner's estimate of the cost of the steps still ahead, this step
 *                                 included, in seconds of effort (waiting counts at its weight,
 *                                 docs/cost-model.md), without the escalation's loss of days; 0 when the
 *                                 step is the escalation. An estimate, not clock time.
 */
public record Explanation(List<CauseProbability> topCauses, String reason, double expectedRemainingSeconds) {
    public Explanation {
        topCauses = List.copyOf(topCauses);
    }

    /** A cause and its current probability. */
    public record CauseProbability(String causeId, double probability) {
    }
}
