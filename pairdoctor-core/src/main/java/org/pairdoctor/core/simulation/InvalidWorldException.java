package org.pairdoctor.core.simulation;

import org.pairdoctor.core.Failure;
import org.pairdoctor.core.PairdoctorException;

/** A world file that cannot be read or names something the knowledge base does not have. */
public class InvalidWorldException extends PairdoctorException {
    public InvalidWorldException(String message) {
        super(Failure.INVALID_INPUT, message);
    }
}
