package org.pairdoctor.web.pages;

import org.pairdoctor.web.view.SessionView;
import org.pairdoctor.web.view.StepView;

/**
 * The page of the current step.
 *
 * @param confirmed true once the user has confirmed a destructive step
 */
public record StepPage(SessionView session, String csrf, boolean confirmed) {
    public StepView step() {
        return session.step();
    }

    /** Show the instructions (always, except for a destructive step not yet confirmed). */
    public boolean showInstructions() {
        return !session.step().needsConfirmation() || confirmed;
    }

    /** Seconds elapsed, capped for the progress bar toward the 90-second goal. */
    public long goalProgress() {
        return Math.min(90, session.elapsedSeconds());
    }
}
