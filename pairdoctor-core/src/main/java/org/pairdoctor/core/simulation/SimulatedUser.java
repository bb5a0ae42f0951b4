package org.pairdoctor.core.simulation;

import org.pairdoctor.core.engine.Step;
import org.pairdoctor.core.model.Action;
import org.pairdoctor.core.model.Question;
import org.pairdoctor.core.session.Reply;

import java.util.SplittableRandom;

/**
 * One simulated person with one headset problem. Everything random about them is drawn up front
 * from the seed, per step: the true cause, whether each action would fix it, each answer they would
 * give (mistakes included), how long each step takes them, whether they skip it, and when they give
 * up. So the same seed is the same person under every policy (common random numbers), and a
 * simulation is deterministic for a seed. Not thread-safe (one session at a time).
 */
public final class SimulatedUser {
    /** Clock seconds a person spends on the escalation step itself: reading where to turn. */
    public static final double ESCALATION_READ_SECONDS = 60;

    private final Truth truth;
    private final World.Users users;
    private final int cause;
    private final boolean[] fixes;
    private final int[] answers;
    private final double[] seconds;
    private final boolean[] skips;
    private final double[] giveUp;

    /** Draws a person for this truth; {@code seed} decides everything about them. */
    public SimulatedUser(Truth truth, World.Users users, long seed) {
        this.truth = truth;
        this.users = users;
        SplittableRandom rng = new SplittableRandom(seed);
        int nc = truth.prior.length;
        int na = truth.fix.length;
        int nq = truth.answer.length;
        double u = rng.nextDouble();
        int c = 0;
        for (double acc = truth.prior[0]; c < nc - 1 && u >= acc; acc += truth.prior[++c]) {
            // walk the cumulative distribution
        }
        cause = c;
        fixes = new boolean[na];
        for (int a = 0; a < na; a++) {
            fixes[a] = rng.nextDouble() < truth.fix[a][cause];
        }
        answers = new int[nq];
        for (int q = 0; q < nq; q++) {
            double[] dist = truth.answer[q][cause];
            answers[q] = sample(dist, rng.nextDouble());
            double mistake = rng.nextDouble();
            int other = rng.nextInt(Math.max(1, dist.length - 1));
            if (mistake < users.answerMistakeRate() && dist.length > 1) {
                answers[q] = other >= answers[q] ? other + 1 : other;
            }
        }
        int steps = na + nq + 1;
        seconds = new double[steps];
        skips = new boolean[steps];
        for (int s = 0; s < steps; s++) {
            double sigma = truth.sigma[s];
            double z = rng.nextGaussian();
            // Lognormal with the given mean: mu = ln(mean) - sigma^2 / 2.
            seconds[s] = sigma == 0 ? truth.seconds[s]
                    : truth.seconds[s] * Math.exp(sigma * z - sigma * sigma / 2);
            skips[s] = s < na + nq && rng.nextDouble() < users.skipRate();
        }
        giveUp = new double[steps];
        for (int s = 0; s < steps; s++) {
            giveUp[s] = rng.nextDouble();
        }
    }

    private static int sample(double[] dist, double u) {
        double acc = 0;
        for (int k = 0; k < dist.length; k++) {
            acc += dist[k];
            if (u < acc) {
                return k;
            }
        }
        return dist.length - 1;
    }

    /** The true cause of this person's problem. */
    public String trueCause() {
        return truth.model.causeIds().get(cause);
    }

    private int code(Step step) {
        // By id, not by value: a planner may act on other numbers for the same steps (learned ones).
        if (step instanceof Step.Repair r) {
            return truth.model.actions().stream().map(x -> x.id()).toList().indexOf(r.id());
        }
        if (step instanceof Step.Ask a) {
            int q = truth.model.questions().stream().map(x -> x.id()).toList().indexOf(a.id());
            return q < 0 ? -1 : truth.fix.length + q;
        }
        return truth.seconds.length - 1;
    }

    /**
     * What the step costs this person, in the planner's terms: their effort plus
     * {@link Action#WAIT_WEIGHT} times the waiting (for the escalation: its whole cost to them).
     */
    public double secondsFor(Step step) {
        int s = code(step);
        return seconds[s] + Action.WAIT_WEIGHT * truth.wait[s];
    }

    /**
     * Clock time the step takes this person: effort plus waiting; for the escalation, reading the
     * advice ({@link #ESCALATION_READ_SECONDS}), since the days it costs are not spent in the session.
     */
    public double wallSecondsFor(Step step) {
        int s = code(step);
        if (step instanceof Step.Escalate) {
            return Math.min(ESCALATION_READ_SECONDS, seconds[s]);
        }
        return seconds[s] + truth.wait[s];
    }

    /** What this person replies to the step: worked / did-not-help, an answer, skipped, or accepted. */
    public Reply replyTo(Step step) {
        int s = code(step);
        if (s < 0) {
            throw new IllegalArgumentException("step '" + step.id() + "' is not in the model of this user");
        }
        if (step instanceof Step.Escalate) {
            return Reply.accepted();
        }
        if (skips[s]) {
            return Reply.skipped();
        }
        if (step instanceof Step.Repair) {
            return fixes[s] ? Reply.worked() : Reply.didNotHelp();
        }
        Question q = ((Step.Ask) step).question();
        return Reply.answered(q.answers().get(answers[s - truth.fix.length]).id());
    }

    /**
     * True when the person leaves after their {@code stepsDone}-th step without an ending, having
     * spent {@code elapsedSeconds}.
     */
    public boolean givesUp(int stepsDone, double elapsedSeconds) {
        if (users.giveUpAfterSeconds() > 0 && elapsedSeconds >= users.giveUpAfterSeconds()) {
            return true;
        }
        int i = Math.min(stepsDone - 1, giveUp.length - 1);
        return i >= 0 && giveUp[i] < users.giveUpPerStep();
    }
}
