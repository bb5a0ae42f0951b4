package org.pairdoctor.core.session;

import org.pairdoctor.core.Failure;
import org.pairdoctor.core.PairdoctorException;

/** A reply to a step that is no longer the current one (a second tab, a double submit). */
public class StaleStepException extends PairdoctorException {
    public StaleStepException(String message) {
        super(Failure.CONFLICT, message);
    }
}
