package org.pairdoctor.core.model;

import org.pairdoctor.core.Failure;
import org.pairdoctor.core.PairdoctorException;

/** A troubleshooting model breaks the contract of {@code design/troubleshooting.md}. */
public class InvalidModelException extends PairdoctorException {
    public InvalidModelException(String message) {
        super(Failure.INVALID_INPUT, message);
    }
}
