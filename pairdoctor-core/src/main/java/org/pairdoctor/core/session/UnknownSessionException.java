package org.pairdoctor.core.session;

import org.pairdoctor.core.Failure;
import org.pairdoctor.core.PairdoctorException;

/** No session has that id. */
public class UnknownSessionException extends PairdoctorException {
    public UnknownSessionException(String id) {
        super(Failure.NOT_FOUND, "no session with id '" + id + "'");
    }
}
