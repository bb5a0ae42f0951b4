package org.pairdoctor.core.session;

import java.time.Instant;

/**
 * One step of a session and the reply to it.
 *
 * @param kind action, question or escalation
 * @param shownAt when the step was shown
 * @param answeredAt when the reply came
 */
public record Turn(String stepId, StepKind kind, Reply reply, Instant shownAt, Instant answeredAt) {
    /** Which kind of step a turn was. */
    public enum StepKind { ACTION, QUESTION, ESCALATION }

    /** How this turn ends its session: "That worked" fixes it, accepting the escalation escalates it; null when it goes on. */
    public Outcome ends() {
        return reply instanceof Reply.Worked ? Outcome.FIXED
                : reply instanceof Reply.Accepted ? Outcome.ESCALATED : null;
    }

    /** The step that fixed the session when this turn fixes it, else null. */
    public String fixedStep() {
        return ends() == Outcome.FIXED ? stepId : null;
    }
}
