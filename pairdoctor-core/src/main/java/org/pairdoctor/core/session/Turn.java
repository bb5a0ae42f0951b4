package org.pairdoctor.core.session;

import org.pairdoctor.core.model.StepKind;

import java.time.Instant;

/**
 * One step of a session and the reply to it. A destructive step usually has two turns: the
 * {@link Reply.Confirmed confirmation}, then its outcome.
 *
 * @param kind action, question or escalation
 * @param shownAt when the step was shown
 * @param answeredAt when the reply came
 */
public record Turn(String stepId, StepKind kind, Reply reply, Instant shownAt, Instant answeredAt) {
    /** How this turn ends its session: "That worked" fixes it, accepting the escalation escalates it; null when it goes on. */
    public Outcome ends() {
        return reply instanceof Reply.Worked ? Outcome.FIXED
                : reply instanceof Reply.Accepted ? Outcome.ESCALATED : null;
    }

    /** The step that fixed the session when this turn fixes it, else null. */
    public String fixedStep() {
        return ends() == Outcome.FIXED ? stepId : null;
    }

    /**
     * True when the reply says something about the problem (an outcome, an answer, a skip, the
     * escalation accepted); false for a confirmation, which only lets the person see a destructive
     * step's instructions and is no evidence.
     */
    public boolean evidence() {
        return !(reply instanceof Reply.Confirmed);
    }
}
