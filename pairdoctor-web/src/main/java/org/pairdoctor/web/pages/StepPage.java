package org.pairdoctor.web.pages;

import org.pairdoctor.core.prompt.Prompt;
import org.pairdoctor.web.view.SessionView;
import org.pairdoctor.web.view.StepView;

/**
 * The page of the current step: renders the core's prompt. A destructive step shows its warning
 * and the confirm button until the confirmation is stored, then its instructions.
 */
public record StepPage(SessionView session, String csrf) {
    public StepView step() {
        return session.step();
    }

    public Prompt prompt() {
        return session.step().prompt();
    }
}
