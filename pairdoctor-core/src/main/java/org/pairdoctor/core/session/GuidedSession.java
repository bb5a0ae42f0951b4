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
    /** The posterior on this session's evidence, worked out once when first asked (a benign race at worst). */
    private Belief belief;
    /** Worked out when first asked (0 until then). */
    private int stepNumber;

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

    /** In one pass: a session is rebuilt from its turns on every request, so no copy per turn. */
    private static Evidence evidenceOf(SessionRecord record) {
        java.util.Set<String> failed = new java.util.LinkedHashSet<>();
        java.util.Map<String, String> answers = new java.util.LinkedHashMap<>();
        java.util.Set<String> skipped = new java.util.LinkedHashSet<>();
        for (Turn t : record.turns()) {
            if (t.reply() instanceof Reply.DidNotHelp) {
                failed.add(t.stepId());
            } else if (t.reply() instanceof Reply.Answered a) {
                answers.put(t.stepId(), a.answerId());
            } else if (t.reply() instanceof Reply.Skipped) {
                skipped.add(t.stepId());
            }
            // A confirmation says nothing about the cause: the step stays current until its outcome.
        }
        return new Evidence(failed, answers, skipped);
    }

    public SessionRecord record() {
        return record;
    }

    public TroubleshootingModel model() {
        return model;
    }

    /** The probabilities of the causes given this session's evidence. */
    public Belief belief() {
        Belief b = belief;
        if (b == null) {
            b = Belief.of(model, evidence);
            belief = b;
        }
        return b;
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
        int n = stepNumber;
        if (n == 0) {
            n = (int) record.turns().stream().filter(Turn::evidence).count() + 1;
            stepNumber = n;   // a prompt asks several times; the record does not change
        }
        return n;
    }

    /**
     * How many steps are still ahead, this one included, on average: the planner is followed as if
     * each repair fails as often as the model says (then the next step is what the planner would
     * choose) and each question gets its likeliest answer, until the escalation, which counts as a
     * step. With the step number it reads "step 2 of about 4". An estimate; 0 when the session has ended.
     */
    public double expectedStepsAhead() {
        return stepsAheadOnPath().get(0).steps();
    }

    /**
     * {@link #expectedStepsAhead()} of this session's state first, then of each later state on the same
     * look-ahead path whose figure is exact too (all of them when the path ran to its end rather than to
     * the bound), so an adapter may keep them: the next answer usually lands on one of those states.
     */
    public List<StepsAhead> stepsAheadOnPath() {
        if (current == null) {
            return List.of(new StepsAhead(evidence, 0));
        }
        List<Evidence> states = new ArrayList<>();
        List<Double> onward = new ArrayList<>(); // the chance of going on from each state to the next
        double reach = 1;
        Evidence e = evidence;
        Recommendation rec = current;
        Belief belief = belief();
        boolean ran = false;
        for (int guard = 0; guard < MAX_STEPS_AHEAD && reach > 0.01; guard++) {
            states.add(e);
            Step step = rec.step();
            double on;
            Evidence next;
            if (step instanceof Step.Repair repair) {
                next = e.withFailed(repair.action().id());
                Belief after = Belief.of(model, next);
                double before = belief.evidenceProbability();
                on = before > 0 ? Math.min(1, after.evidenceProbability() / before) : 0;
                belief = after;
            } else if (step instanceof Step.Ask ask) {
                Belief b = belief;
                next = e.withAnswer(ask.question().id(), ask.question().answers().stream()
                        .max(java.util.Comparator.comparingDouble(b::probabilityOf)).orElseThrow().id());
                belief = Belief.of(model, next);
                on = 1;
            } else {
                ran = true; // the escalation: the last step
                onward.add(0.0);
                break;
            }
            onward.add(on);
            reach *= on;
            e = next;
            rec = planner.recommend(model, e);
            if (rec == null || on == 0) {
                ran = true;
                break;
            }
        }
        // Steps from state i: 1 + onward(i) x steps from state i+1, summed from the end of the path.
        double[] steps = new double[states.size()];
        for (int i = states.size() - 1; i >= 0; i--) {
            steps[i] = 1 + (i + 1 < states.size() ? onward.get(i) * steps[i + 1] : 0);
        }
        List<StepsAhead> out = new ArrayList<>();
        for (int i = 0; i < (ran ? states.size() : 1); i++) {
            out.add(new StepsAhead(states.get(i), steps[i]));
        }
        return out;
    }

    /** The steps expected ahead of a session whose evidence is {@code evidence}. */
    public record StepsAhead(Evidence evidence, double steps) {
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
