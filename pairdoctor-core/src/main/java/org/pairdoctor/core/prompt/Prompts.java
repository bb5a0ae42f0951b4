package org.pairdoctor.core.prompt;

import org.pairdoctor.core.engine.Belief;
import org.pairdoctor.core.engine.Explanation;
import org.pairdoctor.core.engine.Recommendation;
import org.pairdoctor.core.engine.Step;
import org.pairdoctor.core.knowledge.DeviceHelp;
import org.pairdoctor.core.knowledge.StepText;
import org.pairdoctor.core.knowledge.StepTexts;
import org.pairdoctor.core.model.StepKind;
import org.pairdoctor.core.session.GuidedSession;
import org.pairdoctor.core.session.Reply;
import org.pairdoctor.core.session.SessionRecord;

import java.util.List;
import java.util.Optional;

/**
 * Builds the {@link Prompt} of a session's current step: the one place that joins the step's words
 * (from {@link StepTexts}), the planner's recommendation and the session's state (which replies fit
 * now, whether a destructive step is confirmed). Thread-safe when its {@link StepTexts} is.
 */
public final class Prompts {
    /** Offered for a destructive step whose confirmation is pending. */
    static final String CONFIRM_LABEL = "I understand, show me how";
    /** Said of a destructive step whose knowledge does not name what it erases. */
    static final String UNNAMED_LOSS = "something you may want to keep";

    private final StepTexts texts;

    public Prompts(StepTexts texts) {
        this.texts = texts;
    }

    /** The prompt of the step to do now; empty when the session has ended. */
    public Optional<Prompt> current(GuidedSession session) {
        return session.current().map(rec -> prompt(session, rec));
    }

    private Prompt prompt(GuidedSession session, Recommendation rec) {
        SessionRecord r = session.record();
        StepText text = texts.stepText(r.problemId(), rec.step().id(), r.hostId(), r.deviceId());
        boolean destructive = session.destructive();
        String loses = destructive ? (text.loses() == null ? UNNAMED_LOSS : text.loses()) : null;
        Prompt.Confirmation confirmation = destructive
                ? new Prompt.Confirmation(loses, choice(Reply.confirmed(), text), session.confirmed()) : null;
        List<Prompt.Choice> replies = session.replies().stream().map(reply -> choice(reply, text)).toList();
        // A step that is mostly waiting (charging, a download) says how long, so the person can put the
        // headset down and come back: the session keeps its place.
        Integer waitSeconds = rec.step() instanceof Step.Repair repair && repair.action().waitSeconds() > 0
                ? (int) Math.round(repair.action().waitSeconds()) : null;
        return new Prompt(text.stepId(), rec.step().kind(), session.stepNumber(), text.title(), text.lines(),
                text.alternatives(), replies, destructive, loses, confirmation, why(r, rec.explanation()),
                waitSeconds, text.basis(), text.escalationContact(), progress(session, rec),
                rec.step() instanceof Step.Escalate ? help(text, texts.deviceHelp(r.deviceId())) : null);
    }

    /** Step n of about m, and the cause the step is aimed at. */
    private Prompt.Progress progress(GuidedSession session, Recommendation rec) {
        int n = session.stepNumber();
        int total = (int) Math.max(n, Math.round(n - 1 + session.expectedStepsAhead()));
        String target = Aim.of(session.model(), Belief.of(session.model(), session.evidence()), rec.step())
                .map(c -> texts.causeTitle(session.record().problemId(), c)).orElse(null);
        return new Prompt.Progress(n, total, target);
    }

    /**
     * Where a session that ended escalated (or is at its escalation) sends the person; the same as its
     * escalation step's prompt shows.
     */
    public Help help(GuidedSession session) {
        SessionRecord r = session.record();
        StepText text = texts.stepText(r.problemId(), session.model().escalation().id(), r.hostId(), r.deviceId());
        return help(text, texts.deviceHelp(r.deviceId()));
    }

    static Help help(StepText escalation, DeviceHelp device) {
        return HelpRoutes.of(escalation.escalationContact(), device);
    }

    private Prompt.Why why(SessionRecord r, Explanation e) {
        List<Prompt.LikelyCause> causes = e.topCauses().stream()
                .map(c -> new Prompt.LikelyCause(c.causeId(), texts.causeTitle(r.problemId(), c.causeId()),
                        c.probability(), texts.causeBasis(r.problemId(), c.causeId())))
                .toList();
        return new Prompt.Why(e.reason(), e.expectedRemainingSeconds(), causes);
    }

    /** The words a reply is offered in; one set for every channel. */
    static Prompt.Choice choice(Reply reply, StepText text) {
        String label;
        if (reply instanceof Reply.Answered a) {
            label = text.answers().stream().filter(x -> x.id().equals(a.answerId())).map(StepText.AnswerText::text)
                    .findFirst().orElse(a.answerId());
        } else if (reply instanceof Reply.Worked) {
            label = "That worked";
        } else if (reply instanceof Reply.DidNotHelp) {
            label = "Didn't help";
        } else if (reply instanceof Reply.Skipped) {
            label = text.kind() == StepKind.QUESTION ? "I'm not sure" : "Skip this step";
        } else if (reply instanceof Reply.Confirmed) {
            label = CONFIRM_LABEL;
        } else {
            label = "OK, show me the summary";
        }
        return new Prompt.Choice(reply, label);
    }
}
