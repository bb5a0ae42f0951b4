package org.pairdoctor.core.session;

import org.pairdoctor.core.engine.Evidence;
import org.pairdoctor.core.engine.Planner;
import org.pairdoctor.core.engine.Recommendation;
import org.pairdoctor.core.engine.Step;
import org.pairdoctor.core.model.TroubleshootingModel;

import java.time.Instant;
import java.util.Optional;

/**
 * A session in progress: the stored record replayed against a model and a planner. Because the
 * planner is deterministic, the evidence and the current step are derived from the turns alone, so
 * a session survives a restart by storing only its turns. Immutable.
 */
public final class GuidedSession {
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
     * @throws InvalidReplyException when the reply does not fit the step
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
        Turn turn = new Turn(stepId, kindOf(step), reply, shownAt, now);
        return new GuidedSession(record.after(turn), model, planner);
    }

    /** Ends the session as abandoned (the user left). */
    public GuidedSession abandon(Instant now) {
        if (ended()) {
            return this;
        }
        return new GuidedSession(record.ended(Outcome.ABANDONED, null, now), model, planner);
    }

    private void check(Step step, Reply reply) {
        boolean ok;
        if (step instanceof Step.Repair) {
            ok = reply instanceof Reply.Worked || reply instanceof Reply.DidNotHelp || reply instanceof Reply.Skipped;
        } else if (step instanceof Step.Ask ask) {
            ok = reply instanceof Reply.Skipped || (reply instanceof Reply.Answered a
                    && ask.question().answer(a.answerId()).isPresent());
        } else {
            ok = reply instanceof Reply.Accepted;
        }
        if (!ok) {
            throw new InvalidReplyException("reply '" + reply.code() + "' does not fit step '" + step.id() + "' ("
                    + kindOf(step).name().toLowerCase() + ")" + allowed(step));
        }
    }

    private static String allowed(Step step) {
        if (step instanceof Step.Ask ask) {
            return "; answer with one of " + ask.question().answers().stream().map(a -> "answer:" + a.id()).toList()
                    + " or skipped";
        }
        return step instanceof Step.Repair ? "; use worked, did-not-help or skipped" : "; use accepted";
    }

    static Turn.StepKind kindOf(Step step) {
        if (step instanceof Step.Repair) {
            return Turn.StepKind.ACTION;
        }
        return step instanceof Step.Ask ? Turn.StepKind.QUESTION : Turn.StepKind.ESCALATION;
    }
}
