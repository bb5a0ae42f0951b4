package org.pairdoctor.core.knowledge;

import org.pairdoctor.core.Failure;
import org.pairdoctor.core.PairdoctorException;

import java.util.Collection;

/** A caller named a problem, host, device, step or cause that the knowledge base does not have. */
public class UnknownIdException extends PairdoctorException {
    private final String kind;
    private final String id;

    public UnknownIdException(String kind, String id, Collection<String> valid) {
        super(Failure.NOT_FOUND, "unknown " + kind + " '" + id + "'; valid " + kind + " ids: " + String.join(", ", valid));
        this.kind = kind;
        this.id = id;
    }

    /** What was looked up: "problem", "host", "device", "step" or "cause". */
    public String kind() {
        return kind;
    }

    public String id() {
        return id;
    }
}
