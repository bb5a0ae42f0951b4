package org.pairdoctor.web.pages;

import org.pairdoctor.web.view.SessionView;

/** The end of a session: fixed, escalated or abandoned. */
public record FinishPage(SessionView session) {
    public boolean underGoal() {
        return session.elapsedSeconds() <= 90;
    }
}
