package org.pairdoctor.core.model;

import java.util.Locale;

/**
 * The one vocabulary for what kind of step a person is shown: a repair action, a question, or the
 * escalation that ends a session. Stored by {@link #name()} (the database's {@code turns.kind});
 * shown and sent over the API by {@link #code()}.
 */
public enum StepKind {
    ACTION, QUESTION, ESCALATION;

    /** The lower-case word the API, the model file tools and the pages use: action, question, escalation. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
