package org.pairdoctor.core.engine;

import org.pairdoctor.core.Failure;
import org.pairdoctor.core.PairdoctorException;

/** The exact search would exceed its state or time limit on this model. */
public class ModelTooLargeException extends PairdoctorException {
    public ModelTooLargeException(String message) {
        super(Failure.INVALID_INPUT, message);
    }
}
