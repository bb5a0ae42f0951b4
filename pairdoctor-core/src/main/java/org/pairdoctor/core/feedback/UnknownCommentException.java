package org.pairdoctor.core.feedback;

import org.pairdoctor.core.Failure;
import org.pairdoctor.core.PairdoctorException;

/** No comment has the id asked for. */
public class UnknownCommentException extends PairdoctorException {
    public UnknownCommentException(String id) {
        super(Failure.NOT_FOUND, "there is no comment '" + id + "'");
    }
}
