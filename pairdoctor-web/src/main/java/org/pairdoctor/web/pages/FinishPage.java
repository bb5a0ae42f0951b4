package org.pairdoctor.web.pages;

import gg.jte.Content;
import org.pairdoctor.web.view.SessionView;

/**
 * The end of a session: fixed, escalated or abandoned.
 *
 * @param extra what a module adds below the result (the feedback form), or null
 */
public record FinishPage(SessionView session, Content extra) {
    /**
     * Request attribute where a module's before-handler may put a
     * {@code java.util.function.Function<SessionView, gg.jte.Content>}: its result is shown on the finish page.
     */
    public static final String EXTRA = "pairdoctor.finish.extra";

    public FinishPage(SessionView session) {
        this(session, null);
    }
}
