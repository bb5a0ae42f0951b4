package org.pairdoctor.core.simulation;

import org.pairdoctor.core.session.Outcome;

/**
 * How one simulated session went.
 *
 * @param seconds        total cost to the person, escalation included: effort + weight × waiting
 *                       (docs/cost-model.md), what the planner minimises
 * @param wallSeconds    clock time in the session: effort + waiting (the escalation: reading it)
 * @param lossSeconds    the escalation's cost to the person when the session ended in it, else 0; so
 *                       {@code seconds - lossSeconds} is the cost of the steps done in the session
 * @param steps          steps shown (the escalation counts as one)
 * @param fixedBy        the action that fixed it, or null
 * @param decisionNanos  time the policy took for each decision (not deterministic: it is measured)
 * @param device         the device simulated, or null for the knowledge base's default device
 */
public record SessionOutcome(String problem, String host, String policy, String trueCause, Outcome outcome,
                             double seconds, double wallSeconds, double lossSeconds, int steps, String fixedBy, long[] decisionNanos,
                             String device) {
    /** The cost of the steps done in the session, without the escalation's loss. */
    public double stepSeconds() {
        return seconds - lossSeconds;
    }

    public boolean fixed() {
        return outcome == Outcome.FIXED;
    }
}
