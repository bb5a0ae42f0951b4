package org.pairdoctor.core.engine;

import org.pairdoctor.core.Failure;
import org.pairdoctor.core.PairdoctorException;

/** A policy broke its contract: it returned no step, a step twice, or a step the model does not have. */
public class PolicyMistakeException extends PairdoctorException {
    public PolicyMistakeException(String message) {
        super(Failure.INTERNAL, message);
    }
}
