package org.pairdoctor.web.view;

import org.pairdoctor.web.content.Observed;
import org.pairdoctor.web.content.StepContent;

import java.util.List;

/**
 * The current step: its text for the user's host and headset, the replies it accepts and why it
 * was chosen.
 *
 * @param replies the reply codes it accepts (worked, did-not-help, skipped, accepted, answer:ID)
 * @param observed how often the step fixed it for people before, when enough tried it; else null
 */
public record StepView(StepContent content, List<String> replies, boolean needsConfirmation, Why why,
                       Observed observed) {
    public StepView {
        replies = List.copyOf(replies);
    }

    public StepView(StepContent content, List<String> replies, boolean needsConfirmation, Why why) {
        this(content, replies, needsConfirmation, why, null);
    }

    public String id() {
        return content.id();
    }

    public boolean action() {
        return "action".equals(content.kind());
    }

    public boolean question() {
        return "question".equals(content.kind());
    }

    public boolean escalation() {
        return "escalation".equals(content.kind());
    }
}
