package org.pairdoctor.core.prompt;

import org.pairdoctor.core.knowledge.StepText;
import org.pairdoctor.core.knowledge.StepTexts;
import org.pairdoctor.core.model.StepKind;
import org.pairdoctor.core.session.Outcome;
import org.pairdoctor.core.session.Reply;
import org.pairdoctor.core.session.SessionRecord;
import org.pairdoctor.core.session.Turn;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What a person pastes into a support request so support does not ask them to repeat the steps:
 * the headset, the phone or computer, the problem, every step tried with the reply, and how it
 * ended. The terminal prints it (and as JSON); the finish page shows the same text. Immutable.
 *
 * @param fixedBy    the title of the step that fixed it; null unless fixed
 * @param escalation the title of the escalation accepted; null unless escalated
 * @param contact    whom the escalation says to contact; may be null
 */
public record SupportSummary(String sessionId, String headset, String host, String problem, Instant startedAt,
                             Outcome outcome, List<Tried> steps, String fixedBy, String escalation, String contact) {
    public SupportSummary {
        steps = List.copyOf(steps);
    }

    /**
     * One step tried and the reply, in words.
     *
     * @param reply the reply's code (worked, did-not-help, answer:ID...)
     */
    public record Tried(int number, String stepId, String title, String reply, String replyText) {
    }

    /** The summary of {@code r}, with the names a person reads for its headset, host and problem. */
    public static SupportSummary of(SessionRecord r, StepTexts texts, String headset, String host, String problem) {
        List<Tried> steps = new ArrayList<>();
        String escalation = null;
        String contact = null;
        for (Turn t : r.turns()) {
            StepText text = texts.stepText(r.problemId(), t.stepId(), r.hostId(), r.deviceId());
            steps.add(new Tried(steps.size() + 1, t.stepId(), text.title(), t.reply().code(), replyText(text, t.reply())));
            if (t.kind() == StepKind.ESCALATION && r.outcome() == Outcome.ESCALATED) {
                escalation = text.title();
                contact = text.escalationContact();
            }
        }
        String fixedBy = r.fixedBy() == null ? null
                : texts.stepText(r.problemId(), r.fixedBy(), r.hostId(), r.deviceId()).title();
        return new SupportSummary(r.id(), headset, host, problem, r.startedAt(), r.outcome(), steps, fixedBy,
                escalation, contact);
    }

    /** A reply in the words the person chose. */
    public static String replyText(StepText step, Reply reply) {
        if (reply instanceof Reply.Answered a) {
            return step.answers().stream().filter(x -> x.id().equals(a.answerId())).map(StepText.AnswerText::text)
                    .findFirst().orElse(a.answerId());
        }
        if (reply instanceof Reply.Worked) {
            return "That worked";
        }
        if (reply instanceof Reply.DidNotHelp) {
            return "Didn't help";
        }
        if (reply instanceof Reply.Skipped) {
            return "Skipped";
        }
        if (reply instanceof Reply.Confirmed) {
            return "Confirmed: OK to erase " + (step.loses() == null ? "what it erases" : step.loses());
        }
        return "Chosen as the next step";
    }

    /** A time a person reads (and support staff in any zone): "1 December 2026, 20:31 UTC". */
    private static final java.time.format.DateTimeFormatter STARTED = java.time.format.DateTimeFormatter
            .ofPattern("d MMMM yyyy, HH:mm 'UTC'", java.util.Locale.ENGLISH).withZone(java.time.ZoneOffset.UTC);

    /** The summary as plain text, one fact a line, to paste into a message. */
    public String text() {
        StringBuilder b = new StringBuilder();
        b.append("Headset: ").append(headset).append('\n');
        b.append("Connecting to: ").append(host).append('\n');
        b.append("Problem: ").append(problem).append('\n');
        b.append("Started: ").append(STARTED.format(startedAt)).append(" (pairdoctor session ").append(sessionId).append(")\n");
        if (steps.isEmpty()) {
            b.append("Steps tried: none yet\n");
        } else {
            b.append("Steps tried:\n");
            for (Tried t : steps) {
                b.append("  ").append(t.number()).append(". ").append(t.title()).append(" -> ")
                        .append(t.replyText()).append('\n');
            }
        }
        if (fixedBy != null) {
            b.append("Fixed by: ").append(fixedBy).append('\n');
        } else if (escalation != null) {
            b.append("Result: not fixed; next: ").append(escalation).append('\n');
        }
        return b.toString();
    }
}
