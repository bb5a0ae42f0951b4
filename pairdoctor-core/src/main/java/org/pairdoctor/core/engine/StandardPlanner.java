package org.pairdoctor.core.engine;

import org.pairdoctor.core.model.Action;
import org.pairdoctor.core.model.Escalation;
import org.pairdoctor.core.model.TroubleshootingModel;

import java.util.ArrayList;
import java.util.List;

/**
 * pairdoctor's planner. When a model's exact solve fits {@link SolveBudget#PLANNER} (states and work
 * units: deterministic limits, so that the choice never depends on the machine's speed; the budget
 * states the memory and the time they stand for), it is solved exactly once per model, the table is
 * cut down to the optimal policy's states, and the planner acts optimally by table look-up; otherwise, and for evidence the table cannot answer (after a skip, or evidence the model
 * calls impossible), it uses the SACSO-style
 * {@link Heuristic}. With {@code exact == false} it is the heuristic alone (policy {@code sacso}).
 * Thread-safe.
 */
final class StandardPlanner implements Planner {
    private final boolean exact;
    private final ModelCache<Prepared> prepared;

    StandardPlanner(boolean exact) {
        this(exact, SolveBudget.PLANNER);
    }

    /** A planner whose exact solves are limited by {@code budget} (tests use small ones). */
    StandardPlanner(boolean exact, SolveBudget budget) {
        this.exact = exact;
        this.prepared = new ModelCache<>(model -> new Prepared(model, budget));
    }

    @Override
    public String name() {
        return exact ? "planner" : "sacso";
    }

    /** Solves the model ahead of the first decision (optional: the first decision would do it). */
    void prepare(TroubleshootingModel model) {
        if (exact) {
            prepared.get(model);
        } else {
            CompiledModel.of(model);
        }
    }

    /** True when this planner acts exactly optimally on the model (from the start, without skips). */
    boolean solvesExactly(TroubleshootingModel model) {
        return exact && prepared.get(model).root != null;
    }

    /** The compiled model and, when it is small enough, its exact solution. */
    static final class Prepared {
        final CompiledModel m;
        final ExactSolver root;

        Prepared(TroubleshootingModel model, SolveBudget budget) {
            m = CompiledModel.of(model);
            ExactSolver s = null;
            if (m.keyFits) {
                try {
                    s = new ExactSolver(m, 0L, budget, 0);
                    s.keepPolicyOnly();
                } catch (ModelTooLargeException e) {
                    s = null;
                }
            }
            root = s;
        }
    }

    @Override
    public Recommendation recommend(TroubleshootingModel model, Evidence evidence) {
        Prepared p = exact ? prepared.get(model) : null;
        CompiledModel m = p != null ? p.m : CompiledModel.of(model);
        CompiledModel.State s = m.state(evidence);
        double[] w = s.mass() > 0 ? s.weights() : m.prior.clone();
        double mass = CompiledModel.sum(w);
        int code = Integer.MIN_VALUE;
        double remaining = 0;
        // After a skip the solved table does not apply (a step is gone without evidence); solving the
        // reduced problem would cost tens of milliseconds, so the heuristic (within about 1% of
        // optimal on random models) decides instead.
        if (p != null && p.root != null && s.mass() > 0 && !s.skips()) {
            ExactSolver solver = p.root;
            try {
                int c = solver.bestStep(s.key(), w);
                remaining = solver.value(s.key(), w) / mass;
                code = c;
            } catch (ModelTooLargeException e) {
                code = Integer.MIN_VALUE; // the heuristic answers this one
            }
        }
        if (code == Integer.MIN_VALUE) {
            Heuristic.Choice c = Heuristic.choose(m, w, s.actionOpen(), s.questionOpen());
            code = c.step();
            remaining = c.expected() / mass;
        }
        return new Recommendation(m.step(code), explain(m, w, mass, code, remaining, s.actionOpen()));
    }

    static Explanation explain(CompiledModel m, double[] w, double mass, int code, double remaining,
                               boolean[] actionOpen) {
        List<Explanation.CauseProbability> top = topCauses(m, w, mass, 3);
        String reason;
        Escalation esc = m.model.escalation();
        if (code == CompiledModel.ESCALATE) {
            boolean anyHelps = false;
            for (int a = 0; a < m.actions; a++) {
                anyHelps |= actionOpen[a] && m.fixMass(w, a) > 0;
            }
            reason = anyHelps
                    ? "The steps left are unlikely to fix what is most likely wrong, so the next step is "
                    + escalationWords(esc) + ". " + escalationCost(esc)
                    : "Nothing left to try can fix the likely causes, so the next step is " + escalationWords(esc) + ".";
        } else if (code < m.actions) {
            double p = m.fixMass(w, code) / mass;
            Action a = m.model.actions().get(code);
            int[] best = Heuristic.topActions(m, w, actionOpen, 1);
            String odds = "about " + percent(p) + " chance it fixes it (our estimate), " + effort(a);
            reason = best.length > 0 && best[0] == code
                    ? "The most likely fix for the time it takes: " + odds + "."
                    : "The best next step overall: " + odds + "; if it does not help, what it rules out makes the next "
                    + "steps quicker.";
            if (p < UNLIKELY && esc.kind() != Escalation.Kind.WORKAROUND) {
                reason += " It is worth trying before " + escalationWords(esc) + ", which costs you much more: "
                        + "days without a working headset.";
            }
            if (m.destructive[code]) {
                reason += " It erases something you may need (its cost includes setting that up again), so please "
                        + "confirm before doing it; it is suggested only because it is now worth that cost.";
            }
        } else {
            reason = "A quick question first (about " + seconds(m.questionSeconds[code - m.actions]) + "): your answer "
                    + "tells the likely causes apart, which saves time on average. A mistaken answer only makes "
                    + "causes less likely; it rules nothing out.";
        }
        return new Explanation(top, reason, stepsAhead(m, w, mass, code, remaining, actionOpen));
    }

    /**
     * The expected cost of the steps still ahead without the escalation's loss (days without the
     * headset are not time spent in the session): the expected cost minus the escalation's cost times
     * the chance that no remaining action fixes it. The planner may escalate sooner than that, so
     * this can still hold a little of the loss; it is an estimate either way.
     */
    static double stepsAhead(CompiledModel m, double[] w, double mass, int code, double remaining,
                             boolean[] actionOpen) {
        if (code == CompiledModel.ESCALATE) {
            return 0;
        }
        double noFix = 0;
        for (int c = 0; c < m.causes; c++) {
            double p = w[c] / mass;
            for (int a = 0; a < m.actions && p > 0; a++) {
                if (actionOpen[a]) {
                    p *= 1 - m.fix[a][c];
                }
            }
            noFix += p;
        }
        return Math.max(0, remaining - noFix * m.escalationSeconds);
    }

    /** Below this chance of a fix, the reason says why the step still comes before escalating. */
    private static final double UNLIKELY = 0.3;

    /** "about 30 s of your time, then about 15 min of waiting" or "takes about 2 min". */
    static String effort(Action a) {
        if (a.waitSeconds() > 0) {
            return "about " + seconds(a.effortSeconds()) + " of your time, then about " + seconds(a.waitSeconds())
                    + " of waiting you can spend elsewhere";
        }
        return "takes about " + seconds(a.effortSeconds());
    }

    static String escalationWords(Escalation e) {
        return switch (e.kind()) {
            case SUPPORT_CONTACT -> "contacting support (or using the workaround meanwhile)";
            case REPAIR -> "a repair service (or the cable meanwhile)";
            case WORKAROUND -> "a workaround";
        };
    }

    /** Why escalating comes last, in the person's terms (the numbers are estimates: docs/cost-model.md). */
    static String escalationCost(Escalation e) {
        return switch (e.kind()) {
            case SUPPORT_CONTACT, REPAIR -> "We suggest it only now because it leaves the problem unsolved for you "
                    + "for days, not minutes.";
            case WORKAROUND -> "We suggest it only now because it leaves you with less than a working headset.";
        };
    }

    static List<Explanation.CauseProbability> topCauses(CompiledModel m, double[] w, double mass, int k) {
        List<Explanation.CauseProbability> all = new ArrayList<>(m.causes);
        for (int c = 0; c < m.causes; c++) {
            all.add(new Explanation.CauseProbability(m.causeIds[c], w[c] / mass));
        }
        all.sort((x, y) -> Double.compare(y.probability(), x.probability()));
        return all.subList(0, Math.min(k, all.size()));
    }

    static String percent(double p) {
        long r = Math.round(p * 100);
        return (r == 0 && p > 0 ? "under 1" : Long.toString(r)) + "%";
    }

    static String seconds(double s) {
        if (s < 120) {
            return Math.round(s) + " s";
        }
        return Math.round(s / 60) + " min";
    }
}
