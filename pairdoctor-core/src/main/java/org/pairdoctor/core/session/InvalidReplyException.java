package org.pairdoctor.core.session;

import org.pairdoctor.core.Failure;
import org.pairdoctor.core.PairdoctorException;

/** A reply that does not fit the current step (an unknown answer, "worked" to a question, ...). */
public class InvalidReplyException extends PairdoctorException {
    public InvalidReplyException(String message) {
        super(Failure.INVALID_INPUT, message);
    }
}
