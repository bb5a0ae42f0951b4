package org.pairdoctor.store;

import org.pairdoctor.core.Failure;
import org.pairdoctor.core.PairdoctorException;

/**
 * The database cannot be used: a URL that names no supported database ({@link Failure#INVALID_INPUT}),
 * a server that does not answer, a full disk, a closed pool, a failed migration
 * ({@link Failure#UNAVAILABLE}, the default), a clash with a stored row ({@link Failure#CONFLICT}). The
 * message says which and where, without the password; for UNAVAILABLE it may quote the driver, so it
 * is for the log and the operator, not for a web client.
 */
public class StoreException extends PairdoctorException {
    /** The database is unavailable ({@link Failure#UNAVAILABLE}). */
    public StoreException(String message) {
        super(Failure.UNAVAILABLE, message);
    }

    /** The database is unavailable ({@link Failure#UNAVAILABLE}). */
    public StoreException(String message, Throwable cause) {
        super(Failure.UNAVAILABLE, message, cause);
    }

    public StoreException(Failure failure, String message) {
        super(failure, message);
    }

    public StoreException(Failure failure, String message, Throwable cause) {
        super(failure, message, cause);
    }
}
