package org.pairdoctor.core.prompt;

import org.pairdoctor.core.engine.Belief;
import org.pairdoctor.core.engine.Explanation;
import org.pairdoctor.core.engine.Recommendation;
import org.pairdoctor.core.engine.Step;
import org.pairdoctor.core.knowledge.DeviceHelp;
import org.pairdoctor.core.knowledge.StepText;
import org.pairdoctor.core.knowledge.StepTexts;
import org.pairdoctor.core.model.Action;
import org.pairdoctor.core.model.NumberWeights;
import org.pairdoctor.core.model.StepKind;
import org.pairdoctor.core.session.GuidedSession;
import org.pairdoctor.core.session.Lookahead;
import org.pairdoctor.core.session.ModelSource;
import org.pairdoctor.core.session.Reply;
import org.pairdoctor.core.session.SessionRecord;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

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

    /** Learned sessions' figures kept, so a page viewed again does not redraw its intervals. */
    private static final int MAX_CACHED_FIGURES = 10_000;

    private final StepTexts texts;
    private final ModelSource models;
    private final Lookahead lookahead;
    private final Map<String, Figures> learnedFigures = new ConcurrentHashMap<>();

    /** Prompts whose numbers are all labelled from the knowledge base (no learned parameters). */
    public Prompts(StepTexts texts) {
        this(texts, null);
    }

    /**
     * @param models where the sessions' models come from: asked what stands behind a learned
     *               version's numbers ({@link ModelSource#weights}); null for none
     */
    public Prompts(StepTexts texts, ModelSource models) {
        this(texts, models, Lookahead.DIRECT);
    }

    /** @param lookahead how the steps ahead are worked out (or kept) for "step n of about m" */
    public Prompts(StepTexts texts, ModelSource models, Lookahead lookahead) {
        this.texts = texts;
        this.models = models;
        this.lookahead = lookahead;
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
        Figures figures = figures(session, rec, text);
        return new Prompt(text.stepId(), rec.step().kind(), session.stepNumber(), text.title(), text.lines(),
                text.alternatives(), replies, destructive, loses, confirmation, why(r, rec.explanation(), figures),
                waitSeconds, figures.step(), figures.fixChance(), text.escalationContact(), progress(session, rec),
                rec.step() instanceof Step.Escalate ? help(text, texts.deviceHelp(r.deviceId())) : null);
    }

    /** Step n of about m, and the cause the step is aimed at. */
    private Prompt.Progress progress(GuidedSession session, Recommendation rec) {
        int n = session.stepNumber();
        int total = (int) Math.max(n, Math.round(n - 1 + lookahead.stepsAhead(session)));
        String target = Aim.of(session.model(), session.belief(), rec.step())
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

    private Figures figures(GuidedSession session, Recommendation rec, StepText text) {
        SessionRecord r = session.record();
        Optional<NumberWeights> weights = models == null ? Optional.empty()
                : models.weights(r.problemId(), r.hostId(), r.parametersVersion());
        Action action = rec.step() instanceof Step.Repair repair ? repair.action() : null;
        // One seed per session and step: the same page always shows the same interval.
        long seed = r.id().hashCode() * 31L + session.stepNumber();
        if (weights.isEmpty()) {
            return Figures.of(session.model(), session.evidence(), session.belief(), weights, action, rec.step().id(),
                    cause -> texts.causeBasis(r.problemId(), cause), text.basis(), seed);
        }
        // Turns are only ever appended: the id and their number fix the evidence, hence the figures.
        String key = r.id() + "\u0000" + r.turns().size() + "\u0000" + r.parametersVersion();
        Figures f = learnedFigures.get(key);
        if (f == null) {
            f = Figures.of(session.model(), session.evidence(), session.belief(), weights, action, rec.step().id(),
                    cause -> texts.causeBasis(r.problemId(), cause), text.basis(), seed);
            if (learnedFigures.size() >= MAX_CACHED_FIGURES) {
                learnedFigures.clear();
            }
            learnedFigures.put(key, f);
        }
        return f;
    }

    private Prompt.Why why(SessionRecord r, Explanation e, Figures figures) {
        List<Prompt.LikelyCause> causes = e.topCauses().stream()
                .map(c -> new Prompt.LikelyCause(c.causeId(), texts.causeTitle(r.problemId(), c.causeId()),
                        c.probability(), figures.causes().getOrDefault(c.causeId(),
                        Prompt.Origin.authored(texts.causeBasis(r.problemId(), c.causeId())))))
                .toList();
        return new Prompt.Why(e.reason(), e.expectedRemainingSeconds(), causes, numbers(causes));
    }

    /** The sentence under the causes that says where their probabilities come from. */
    public static String numbers(List<Prompt.LikelyCause> causes) {
        boolean estimate = causes.stream().anyMatch(c -> Prompt.Origin.ESTIMATE.equals(c.basis()));
        Optional<Prompt.Origin> learned = causes.stream().map(Prompt.LikelyCause::origin)
                .filter(Prompt.Origin::learned).findFirst();
        if (learned.isPresent()) {
            return "These probabilities were learned from past sessions (an effective "
                    + learned.get().roundedSessions() + " sessions: recent ones count more), starting from the"
                    + " authors' estimates, and are updated by what you answer. The ranges are 95% intervals.";
        }
        if (estimate) {
            return "These probabilities are the authors' estimates, updated by what you answer. They will be"
                    + " replaced by real outcomes as people use pairdoctor.";
        }
        return "These probabilities come from published data, updated by what you answer.";
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
