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
}
