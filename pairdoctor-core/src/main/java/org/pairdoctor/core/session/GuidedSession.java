package org.pairdoctor.core.session;

import org.pairdoctor.core.engine.Belief;
import org.pairdoctor.core.engine.Evidence;
import org.pairdoctor.core.engine.Planner;
import org.pairdoctor.core.engine.Recommendation;
import org.pairdoctor.core.engine.Step;
import org.pairdoctor.core.model.TroubleshootingModel;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A session in progress: the stored record replayed against a model and a planner. Because the
 * planner is deterministic, the evidence and the current step are derived from the turns alone, so
 * a session survives a restart by storing only its turns. Immutable.
 */
public final class GuidedSession {
    /** Bounds the look-ahead of {@link #expectedStepsAhead()}; no model has that many steps. */
    private static final int MAX_STEPS_AHEAD = 40;
    private final SessionRecord record;
    private final TroubleshootingModel model;
    private final Planner planner;
    private final Evidence evidence;
    private final Recommendation current;

    private GuidedSession(SessionRecord record, TroubleshootingModel model, Planner planner) {
        this.record = record;
        this.model = model;
        this.planner = planner;
        this.evidence = evidenceOf(record);
        this.current = record.outcome() == Outcome.IN_PROGRESS ? planner.recommend(model, evidence) : null;
    }

    /** Rebuilds a session from its record. */
    public static GuidedSession resume(SessionRecord record, TroubleshootingModel model, Planner planner) {
        return new GuidedSession(record, model, planner);
    }

    private static Evidence evidenceOf(SessionRecord record) {
        Evidence e = Evidence.none();
        for (Turn t : record.turns()) {
            if (t.reply() instanceof Reply.DidNotHelp) {
                e = e.withFailed(t.stepId());
            } else if (t.reply() instanceof Reply.Answered a) {
                e = e.withAnswer(t.stepId(), a.answerId());
            } else if (t.reply() instanceof Reply.Skipped) {
                e = e.withSkipped(t.stepId());
            }
            // A confirmation says nothing about the cause: the step stays current until its outcome.
        }
        return e;
    }

    public SessionRecord record() {
        return record;
    }

    public TroubleshootingModel model() {
        return model;
    }

    public Evidence evidence() {
        return evidence;
    }

    /** The step to do now, or empty when the session has ended. */
    public Optional<Recommendation> current() {
        return Optional.ofNullable(current);
    }

    public boolean ended() {
        return record.outcome() != Outcome.IN_PROGRESS;
    }

    /**
     * Applies a reply to the current step.
     *
     * @throws StaleStepException when the session has ended or {@code stepId} is not the current step
     * @throws InvalidReplyException when the reply does not fit the step (see {@link #replies()})
     * @throws ConfirmationRequiredException when the reply is an outcome of a destructive step that
     *         has not been confirmed
     */
    public GuidedSession reply(String stepId, Reply reply, Instant shownAt, Instant now) {
        if (current == null) {
            throw new StaleStepException("session '" + record.id() + "' has already ended (" + record.outcome() + ")");
        }
        Step step = current.step();
        if (!step.id().equals(stepId)) {
            throw new StaleStepException("step '" + stepId + "' is not the current step of session '" + record.id()
                    + "'; the current step is '" + step.id() + "'");
        }
        check(step, reply);
        Turn turn = new Turn(stepId, step.kind(), reply, shownAt, now);
        return new GuidedSession(record.after(turn), model, planner);
    }

    /** Ends the session as abandoned (the user left). */
    public GuidedSession abandon(Instant now) {
        if (ended()) {
            return this;
        }
        return new GuidedSession(record.ended(Outcome.ABANDONED, null, now), model, planner);
    }

    /**
     * The replies the current step accepts now, in the order a person is offered them; empty when
     * the session has ended. Every channel offers exactly these (through the core's prompt):
     * <ul>
     *   <li>an action: worked, did-not-help, skipped; a destructive action not yet confirmed:
     *       confirmed, skipped (its outcome is refused until it is confirmed);</li>
     *   <li>a question: answer:ID for each answer, then skipped ("I'm not sure");</li>
     *   <li>the escalation: accepted.</li>
     * </ul>
     */
    public List<Reply> replies() {
        if (current == null) {
            return List.of();
        }
        Step step = current.step();
        if (step instanceof Step.Ask ask) {
            List<Reply> out = new ArrayList<>();
            ask.question().answers().forEach(a -> out.add(Reply.answered(a.id())));
            out.add(Reply.skipped());
            return List.copyOf(out);
        }
        if (step instanceof Step.Escalate) {
            return List.of(Reply.accepted());
        }
        return awaitingConfirmation() ? List.of(Reply.confirmed(), Reply.skipped())
                : List.of(Reply.worked(), Reply.didNotHelp(), Reply.skipped());
    }

    /** True when the current step erases something, so its outcome must be confirmed first. */
    public boolean destructive() {
        return current != null && current.step() instanceof Step.Repair r && r.action().destructive();
    }

    /** True when the current step is destructive and the person has confirmed it. */
    public boolean confirmed() {
        return destructive() && record.turns().stream().anyMatch(t -> t.reply() instanceof Reply.Confirmed
                && t.stepId().equals(current.step().id()));
    }

    /** True when the current step is destructive and not confirmed yet: only "confirmed" or "skipped" fit. */
    public boolean awaitingConfirmation() {
        return destructive() && !confirmed();
    }

    /** The number of the current step in this session, from 1; a confirmation does not count as a step. */
    public int stepNumber() {
        return (int) record.turns().stream().filter(Turn::evidence).count() + 1;
    }

    /**
     * How many steps are still ahead, this one included, on average: the planner is followed as if
     * each repair fails as often as the model says (then the next step is what the planner would
     * choose) and each question gets its likeliest answer, until the escalation, which counts as a
     * step. With the step number it reads "step 2 of about 4". An estimate; 0 when the session has ended.
     */
    public double expectedStepsAhead() {
        double steps = 0;
        double reach = 1;
        Evidence e = evidence;
        Recommendation rec = current;
        for (int guard = 0; rec != null && guard < MAX_STEPS_AHEAD && reach > 0.01; guard++) {
            steps += reach;
            Step step = rec.step();
            if (step instanceof Step.Repair repair) {
                Evidence failed = e.withFailed(repair.action().id());
                double before = Belief.of(model, e).evidenceProbability();
                double after = Belief.of(model, failed).evidenceProbability();
                reach *= before > 0 ? Math.min(1, after / before) : 0;
                e = failed;
            } else if (step instanceof Step.Ask ask) {
                Belief b = Belief.of(model, e);
                e = e.withAnswer(ask.question().id(), ask.question().answers().stream()
                        .max(java.util.Comparator.comparingDouble(b::probabilityOf)).orElseThrow().id());
            } else {
                break;
            }
            rec = planner.recommend(model, e);
        }
        return steps;
    }

    private void check(Step step, Reply reply) {
        List<Reply> accepted = replies();
        if (accepted.contains(reply)) {
            return;
        }
        if (awaitingConfirmation() && (reply instanceof Reply.Worked || reply instanceof Reply.DidNotHelp)) {
            throw new ConfirmationRequiredException(record.id(), step.id());
        }
        String why = reply instanceof Reply.Confirmed
                ? (destructive() ? " (it is already confirmed)" : " (it erases nothing, so there is nothing to confirm)")
                : "";
        throw new InvalidReplyException("reply '" + reply.code() + "' does not fit step '" + step.id() + "' ("
                + step.kind().code() + ")" + why + "; use one of "
                + accepted.stream().map(Reply::code).toList());
    }
}
