package org.pairdoctor.core;

import java.util.Objects;

/**
 * Root of every failure pairdoctor reports to a person. Subclasses are named for the failure and
 * their messages say what is wrong, where, and how to fix it, so adapters can show
 * {@link #getMessage()} as it is instead of a stack trace, except for {@link Failure#UNAVAILABLE}
 * and {@link Failure#INTERNAL}, whose messages may carry a driver's or a library's text and are
 * for the log. Each carries its {@link #failure()} kind; adapters map the kind, never the class.
 */
public class PairdoctorException extends RuntimeException {
    private final Failure failure;

    /** A failure of the request as asked ({@link Failure#INVALID_INPUT}). */
    public PairdoctorException(String message) {
        this(Failure.INVALID_INPUT, message);
    }

    /** A failure of the request as asked ({@link Failure#INVALID_INPUT}), caused by another exception. */
    public PairdoctorException(String message, Throwable cause) {
        this(Failure.INVALID_INPUT, message, cause);
    }

    public PairdoctorException(Failure failure, String message) {
        super(message);
        this.failure = Objects.requireNonNull(failure, "failure");
    }

    public PairdoctorException(Failure failure, String message, Throwable cause) {
        super(message, cause);
        this.failure = Objects.requireNonNull(failure, "failure");
    }

    /** What kind of failure this is. */
    public Failure failure() {
        return failure;
    }
}
