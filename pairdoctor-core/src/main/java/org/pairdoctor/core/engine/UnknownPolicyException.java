package org.pairdoctor.core.engine;

import org.pairdoctor.core.Failure;
import org.pairdoctor.core.PairdoctorException;

/** A policy name that {@link Policies#byName} does not know; the message lists the valid names. */
public class UnknownPolicyException extends PairdoctorException {
    public UnknownPolicyException(String message) {
        super(Failure.NOT_FOUND, message);
    }
}
