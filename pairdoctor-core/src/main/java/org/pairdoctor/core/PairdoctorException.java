package org.pairdoctor.core;

/**
 * Root of every failure pairdoctor reports to a person. Subclasses are named for the failure and
 * their messages say what is wrong, where, and how to fix it, so adapters can show
 * {@link #getMessage()} as it is instead of a stack trace.
 */
public class PairdoctorException extends RuntimeException {
    public PairdoctorException(String message) {
        super(message);
    }

    public PairdoctorException(String message, Throwable cause) {
        super(message, cause);
    }
}
