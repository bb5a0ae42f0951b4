package org.pairdoctor.core.simulation;

import org.pairdoctor.core.session.Outcome;

/**
 * How one simulated session went.
 *
 * @param seconds        total cost to the person, escalation included: effort + weight × waiting
 *                       (docs/cost-model.md), what the planner minimises
 * @param wallSeconds    clock time in the session: effort + waiting (the escalation: reading it)
 * @param steps          steps shown (the escalation counts as one)
 * @param fixedBy        the action that fixed it, or null
 * @param decisionNanos  time the policy took for each decision (not deterministic: it is measured)
 */
public record SessionOutcome(String problem, String host, String policy, String trueCause, Outcome outcome,
                             double seconds, double wallSeconds, int steps, String fixedBy, long[] decisionNanos) {
    public boolean fixed() {
        return outcome == Outcome.FIXED;
    }
}
