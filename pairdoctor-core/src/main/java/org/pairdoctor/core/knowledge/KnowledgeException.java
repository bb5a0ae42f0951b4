package org.pairdoctor.core.knowledge;

import org.pairdoctor.core.Failure;
import org.pairdoctor.core.PairdoctorException;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The knowledge base is invalid. Carries every error found in every file (not just the first), sorted
 * by file, line and column; the message lists them one per line as {@code path:line:col: message}.
 */
public final class KnowledgeException extends PairdoctorException {
    private final transient List<KnowledgeError> errors;

    public KnowledgeException(List<KnowledgeError> errors) {
        super(Failure.INVALID_INPUT, describe(errors));
        this.errors = errors.stream().sorted().distinct().toList();
    }

    private static String describe(List<KnowledgeError> errors) {
        return "the knowledge base has " + errors.size() + (errors.size() == 1 ? " error" : " errors") + ":\n"
                + errors.stream().sorted().distinct().map(KnowledgeError::toString).collect(Collectors.joining("\n"));
    }

    /** Every error, sorted by path, line and column. */
    public List<KnowledgeError> errors() {
        return errors;
    }
}
