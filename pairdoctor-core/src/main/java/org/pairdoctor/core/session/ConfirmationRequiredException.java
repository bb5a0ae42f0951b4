package org.pairdoctor.core.session;

import org.pairdoctor.core.PairdoctorException;

/**
 * An outcome ("worked", "did-not-help") sent for a destructive step that the person has not
 * confirmed: every channel must first store the reply {@code confirmed} for that step. Skipping it
 * needs no confirmation. Adapters answer it as a conflict (HTTP 409) and say how to confirm.
 */
public class ConfirmationRequiredException extends PairdoctorException {
    private final String sessionId;
    private final String stepId;

    public ConfirmationRequiredException(String sessionId, String stepId) {
        super("step '" + stepId + "' erases something and is not confirmed yet: reply 'confirmed' to it first, "
                + "then 'worked' or 'did-not-help' (or reply 'skipped' to leave it out)");
        this.sessionId = sessionId;
        this.stepId = stepId;
    }

    public String sessionId() {
        return sessionId;
    }

    /** The destructive step waiting for its confirmation. */
    public String stepId() {
        return stepId;
    }
}
