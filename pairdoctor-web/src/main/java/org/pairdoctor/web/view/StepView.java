package org.pairdoctor.web.view;

import org.pairdoctor.core.knowledge.StepText;
import org.pairdoctor.core.model.StepKind;
import org.pairdoctor.core.prompt.Prompt;
import org.pairdoctor.core.session.Reply;
import org.pairdoctor.web.content.Observed;
import org.pairdoctor.web.picture.Picture;

import java.util.List;

/**
 * The current step as pages and the API show it: the core's {@link Prompt} (the words, the replies
 * it accepts now, its confirmation) with the web's formatting of the explanation and what was
 * observed of the step. Decides nothing the prompt does not say.
 *
 * @param observed how often the step fixed it for people before, when enough tried it; else null
 * @param shown    the prompt's lines as the page shows them: with the headset's button labels and its
 *                 picture where the line holds a button or expects a light pattern
 */
public record StepView(Prompt prompt, Why why, Observed observed, List<Shown> shown) {
    public StepView {
        shown = List.copyOf(shown);
    }

    /** The step without pictures: each line as the prompt has it. */
    public StepView(Prompt prompt, Why why, Observed observed) {
        this(prompt, why, observed, prompt.lines().stream().map(l -> new Shown(l, l.buttons(), null)).toList());
    }

    /**
     * One instruction line as shown.
     *
     * @param buttons the held buttons by their labels on this headset
     * @param picture the headset with the held buttons and the expected light; null when there is none
     */
    public record Shown(StepText.Line line, List<String> buttons, Picture picture) {
        public Shown {
            buttons = List.copyOf(buttons);
        }
    }

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
