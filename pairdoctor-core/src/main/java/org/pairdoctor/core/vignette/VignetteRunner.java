package org.pairdoctor.core.vignette;

import org.pairdoctor.core.engine.Explanation;
import org.pairdoctor.core.engine.Planner;
import org.pairdoctor.core.model.Answer;
import org.pairdoctor.core.model.Question;
import org.pairdoctor.core.model.StepKind;
import org.pairdoctor.core.session.ModelSource;
import org.pairdoctor.core.session.Reply;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Runs vignettes: for each case, a guided session with the given planner and model source (the app's),
 * in process or through another {@link SessionChannel} (a server's REST API), answered as the case's
 * person would. Deterministic: the same knowledge gives the same paths. Thread-safe when its channel is
 * (the in-process one is: each run has its own in-memory session store).
 *
 * <p>The person says "That worked" to an action in the case's {@code fixes} and "Didn't help" to any
 * other; a destructive action is confirmed (the person accepts the warning). A question gets the
 * case's mistake, else its answer, else the answer most likely under the true cause.
 */
public final class VignetteRunner {
    private final SessionChannel channel;

    /** Runs the sessions in process, with the given model source and planner (the app's). */
    public VignetteRunner(ModelSource models, Planner planner) {
        this(new InProcessChannel(models, planner));
    }

    /** Runs the sessions through a channel (e.g. a server's REST API): the person decides the same way. */
    public VignetteRunner(SessionChannel channel) {
        this.channel = channel;
    }

    /** Runs every case of the suite (of one problem when {@code problem} is present), in file order. */
    public VignetteReport run(VignetteSuite suite, Optional<String> problem) {
        List<VignetteResult> results = new ArrayList<>();
        for (Vignette v : suite.vignettes()) {
            if (problem.isPresent() && !problem.get().equals(v.problem())) {
                continue;
            }
            for (VignetteCase c : v.cases()) {
                results.add(judged(run(c), suite.knownFailures().contains(c.name())));
            }
        }
        return new VignetteReport(results);
    }

    private static VignetteResult judged(VignetteResult r, boolean known) {
        if (!known) {
            return r;
        }
        return new VignetteResult(r.vignetteCase(), r.ranAsRequired() ? VignetteResult.Verdict.PASSES_BUT_LISTED
                : VignetteResult.Verdict.KNOWN_FAILURE, r.path(), r.failure());
    }

    /** Runs one case. */
    public VignetteResult run(VignetteCase c) {
        SessionChannel.Visit visit = channel.start(c);
        List<Move> path = new ArrayList<>();
        while (true) {
            SessionChannel.Shown now = visit.shown().orElseThrow(() -> new IllegalStateException(
                    "the session of " + c.name() + " ended without a fix or an escalation"));
            int number = path.size() + 1;
            if (number > c.maxSteps()) {
                return failed(c, path, number, "no " + (c.escalationIsRight() ? "escalation" : "acceptable fix ("
                        + String.join(", ", c.fixes()) + ")") + " within maxSteps " + c.maxSteps() + "; step " + number
                        + " would be " + now.id() + " (" + causes(now.topCauses()) + ")");
            }
            Planned planned = plan(c, now);
            path.add(new Move(number, now.id(), now.kind(), planned.reply().code(), planned.how(), now.topCauses()));
            send(visit, now, planned.reply());
            if (now.kind() == StepKind.ESCALATION) {
                return c.escalationIsRight() ? passed(c, path) : failed(c, path, number, "escalated to "
                        + now.id() + " although " + String.join(" or ", c.fixes()) + " fixes it for this person and "
                        + "was never offered; the planner's top causes: " + causes(now.topCauses()));
            }
            if (visit.fixed()) {
                return passed(c, path); // only an action in fixes gets "worked", and it is within maxSteps
            }
        }
    }

    /**
     * Sends one reply: the only place that talks to the session, so a change in how replies are given
     * stays here. A destructive step needs the person's confirmation before its outcome, which they
     * give: a {@code confirmed} turn first (no evidence, and not a step of the path).
     */
    private static void send(SessionChannel.Visit visit, SessionChannel.Shown now, Reply reply) {
        if (now.awaitingConfirmation() && !(reply instanceof Reply.Skipped)) {
            visit.reply(Reply.confirmed());
        }
        visit.reply(reply);
    }

    private record Planned(Reply reply, Move.How how) {
    }

    private static Planned plan(VignetteCase c, SessionChannel.Shown step) {
        if (step.kind() == StepKind.ACTION) {
            return c.fixes().contains(step.id()) ? new Planned(Reply.worked(), Move.How.FIX)
                    : new Planned(Reply.didNotHelp(), Move.How.NOT_A_FIX);
        }
        if (step.kind() == StepKind.QUESTION) {
            return c.answerTo(step.id())
                    .map(g -> new Planned(Reply.answered(g.answerId()), g.mistake() ? Move.How.MISTAKE : Move.How.ANSWERED))
                    .orElseGet(() -> new Planned(Reply.answered(likeliest(step.question().orElseThrow(), c.cause())),
                            Move.How.ASSUMED));
        }
        return new Planned(Reply.accepted(), Move.How.ESCALATED);
    }

    /** The answer most likely under the cause; the first such answer on a tie, so runs are reproducible. */
    static String likeliest(Question q, String cause) {
        Answer best = q.answers().get(0);
        for (Answer a : q.answers()) {
            if (a.likelihood(cause) > best.likelihood(cause)) {
                best = a;
            }
        }
        return best.id();
    }

    static String causes(List<Explanation.CauseProbability> top) {
        return top.stream()
                .map(p -> p.causeId() + " " + Math.round(p.probability() * 100) + "%")
                .collect(Collectors.joining(", "));
    }

    private static VignetteResult passed(VignetteCase c, List<Move> path) {
        return new VignetteResult(c, VignetteResult.Verdict.PASS, path, Optional.empty());
    }

    private static VignetteResult failed(VignetteCase c, List<Move> path, int step, String message) {
        return new VignetteResult(c, VignetteResult.Verdict.FAIL, path,
                Optional.of(new VignetteResult.Failure(step, message)));
    }
}
