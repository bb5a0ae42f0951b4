package org.pairdoctor.web.view;

import org.pairdoctor.core.model.StepKind;
import org.pairdoctor.core.prompt.Prompt;
import org.pairdoctor.core.session.Reply;
import org.pairdoctor.web.content.Observed;

/**
 * The current step as pages and the API show it: the core's {@link Prompt} (the words, the replies
 * it accepts now, its confirmation) with the web's formatting of the explanation and what was
 * observed of the step. Decides nothing the prompt does not say.
 *
 * @param observed how often the step fixed it for people before, when enough tried it; else null
 */
public record StepView(Prompt prompt, Why why, Observed observed) {
    public String id() {
        return prompt.stepId();
    }

    public boolean action() {
        return prompt.kind() == StepKind.ACTION;
    }

    public boolean question() {
        return prompt.kind() == StepKind.QUESTION;
    }

    public boolean escalation() {
        return prompt.kind() == StepKind.ESCALATION;
    }

    /** True while a destructive step waits for the person's confirmation: show the warning and the confirm button. */
    public boolean confirmationPending() {
        return prompt.confirmation() != null && prompt.confirmation().pending();
    }

    /** The look of a reply's button: the outcome that ends it well, the confirmation that erases, an answer. */
    public String style(Prompt.Choice choice) {
        Reply r = choice.reply();
        if (r instanceof Reply.Worked) {
            return "good";
        }
        if (r instanceof Reply.Confirmed) {
            return "danger";
        }
        if (r instanceof Reply.Accepted) {
            return "primary";
        }
        return r instanceof Reply.Answered ? "choice-button" : "";
    }
}
