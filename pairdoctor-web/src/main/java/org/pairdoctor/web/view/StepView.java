package org.pairdoctor.web.view;

import org.pairdoctor.web.content.StepContent;

import java.util.List;

/**
 * The current step: its text for the user's host and headset, the replies it accepts and why it
 * was chosen.
 *
 * @param replies the reply codes it accepts (worked, did-not-help, skipped, accepted, answer:ID)
 */
public record StepView(StepContent content, List<String> replies, boolean needsConfirmation, Why why) {
    public StepView {
        replies = List.copyOf(replies);
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
