package org.pairdoctor.store;

import org.pairdoctor.core.PairdoctorException;

/**
 * The database cannot be used: a URL that names no supported database, a server that does not
 * answer, a directory that cannot be written, a failed migration. The message says which and
 * where, without the password.
 */
public class StoreException extends PairdoctorException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
