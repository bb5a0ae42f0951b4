package org.pairdoctor.core.feedback;

import org.pairdoctor.core.Failure;
import org.pairdoctor.core.PairdoctorException;

/** A comment that cannot be accepted: too long, or missing what it is about. */
public class InvalidCommentException extends PairdoctorException {
    public InvalidCommentException(String message) {
        super(Failure.INVALID_INPUT, message);
    }
}
