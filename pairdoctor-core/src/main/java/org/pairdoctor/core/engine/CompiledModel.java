package org.pairdoctor.core.engine;

import org.pairdoctor.core.model.Action;
import org.pairdoctor.core.model.Question;
import org.pairdoctor.core.model.TroubleshootingModel;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A model turned into arrays for fast belief updates and search. The planner, the exact solver and
 * the evaluator all work on unnormalised cause weights: {@code w[c] = prior(c)} times the likelihood
 * of the evidence given {@code c}; their sum is the probability of reaching that evidence. Immutable
 * after construction and thread-safe.
 *
 * <p>An evidence state (failed actions and answers) packs into one {@code long}: bit {@code a} for a
 * failed action, then per question the answer index + 1 in {@link #questionShift} bits (0 = not asked).
 */
final class CompiledModel {
    /** Step codes used by the solvers: escalation, then actions 0..na-1, then questions na... */
    static final int ESCALATE = -1;

    final TroubleshootingModel model;
    final int causes;
    final int actions;
    final int questions;
    final double[] prior;
    /** fix[a][c]. */
    final double[][] fix;
    /** Sparse view of fix: for action a, the causes it can fix and the probabilities. */
    final int[][] fixCauses;
    final double[][] fixProbs;
    final double[] actionSeconds;
    final boolean[] destructive;
    /** likelihood[q][answer][c]. */
    final double[][][] likelihood;
    final double[] questionSeconds;
    final double escalationSeconds;
    final int[] questionShift;
    final int[] questionBits;
    /** True when the whole evidence state fits in one long (the exact solver needs it). */
    final boolean keyFits;
    private final Map<String, Integer> actionIndex = new HashMap<>();
    private final Map<String, Integer> questionIndex = new HashMap<>();
    private final List<Map<String, Integer>> answerIndex;
    final String[] causeIds;

    private static final ModelCache<CompiledModel> CACHE = new ModelCache<>(CompiledModel::new);

    /** The compiled form of a model, shared by every policy (cached). */
    static CompiledModel of(TroubleshootingModel m) {
        return CACHE.get(m);
    }

    CompiledModel(TroubleshootingModel m) {
        this.model = m;
        causes = m.causes().size();
        actions = m.actions().size();
        questions = m.questions().size();
        causeIds = m.causeIds().toArray(String[]::new);
        prior = new double[causes];
        for (int c = 0; c < causes; c++) {
            prior[c] = m.causes().get(c).prior();
        }
        fix = new double[actions][causes];
        fixCauses = new int[actions][];
        fixProbs = new double[actions][];
        actionSeconds = new double[actions];
        destructive = new boolean[actions];
        for (int a = 0; a < actions; a++) {
            Action act = m.actions().get(a);
            actionIndex.put(act.id(), a);
            actionSeconds[a] = act.seconds();
            destructive[a] = act.destructive();
            int n = 0;
            for (int c = 0; c < causes; c++) {
                fix[a][c] = act.fixProbability(causeIds[c]);
                if (fix[a][c] > 0) {
                    n++;
                }
            }
            fixCauses[a] = new int[n];
            fixProbs[a] = new double[n];
            for (int c = 0, k = 0; c < causes; c++) {
                if (fix[a][c] > 0) {
                    fixCauses[a][k] = c;
                    fixProbs[a][k++] = fix[a][c];
                }
            }
        }
        likelihood = new double[questions][][];
        questionSeconds = new double[questions];
        questionShift = new int[questions];
        questionBits = new int[questions];
        answerIndex = new java.util.ArrayList<>();
        int shift = actions;
        for (int q = 0; q < questions; q++) {
            Question qu = m.questions().get(q);
            questionIndex.put(qu.id(), q);
            questionSeconds[q] = qu.seconds();
            int na = qu.answers().size();
            likelihood[q] = new double[na][causes];
            Map<String, Integer> ai = new HashMap<>();
            for (int k = 0; k < na; k++) {
                ai.put(qu.answers().get(k).id(), k);
                for (int c = 0; c < causes; c++) {
                    likelihood[q][k][c] = qu.answers().get(k).likelihood(causeIds[c]);
                }
            }
            answerIndex.add(ai);
            questionBits[q] = 32 - Integer.numberOfLeadingZeros(na); // enough for na + 1 values
            questionShift[q] = shift;
            shift += questionBits[q];
        }
        escalationSeconds = m.escalation().seconds();
        keyFits = shift <= 62;
    }

    int actionIndex(String id) {
        return actionIndex.getOrDefault(id, -1);
    }

    int questionIndex(String id) {
        return questionIndex.getOrDefault(id, -1);
    }

    int answerIndex(int q, String answerId) {
        return answerIndex.get(q).getOrDefault(answerId, -1);
    }

    /** The answer index recorded in a state key for question q, or -1 when not asked. */
    int answerIn(long key, int q) {
        return (int) ((key >>> questionShift[q]) & ((1L << questionBits[q]) - 1)) - 1;
    }

    static boolean failedIn(long key, int a) {
        return (key & (1L << a)) != 0;
    }

    long withAnswer(long key, int q, int answer) {
        return key | ((long) (answer + 1) << questionShift[q]);
    }

    /** log2 of the number of evidence states: actions * log2(2) + sum log2(answers + 1). */
    double log2States() {
        double s = actions;
        for (int q = 0; q < questions; q++) {
            s += Math.log(likelihood[q].length + 1) / Math.log(2);
        }
        return s;
    }

    /** Multiplies w in place by the probability that action a fails, for each cause; returns the new sum. */
    double failAction(double[] w, int a) {
        int[] cs = fixCauses[a];
        double[] ps = fixProbs[a];
        for (int k = 0; k < cs.length; k++) {
            w[cs[k]] *= 1.0 - ps[k];
        }
        return sum(w);
    }

    /** P(action a fixes) times the mass, under weights w. */
    double fixMass(double[] w, int a) {
        int[] cs = fixCauses[a];
        double[] ps = fixProbs[a];
        double p = 0;
        for (int k = 0; k < cs.length; k++) {
            p += w[cs[k]] * ps[k];
        }
        return p;
    }

    static double sum(double[] w) {
        double s = 0;
        for (double x : w) {
            s += x;
        }
        return s;
    }

    /** The step code of a step id, or null when the id is not a step of this model. */
    Integer stepCode(String id) {
        if (id.equals(model.escalation().id())) {
            return ESCALATE;
        }
        int a = actionIndex(id);
        if (a >= 0) {
            return a;
        }
        int q = questionIndex(id);
        return q >= 0 ? actions + q : null;
    }

    Step step(int code) {
        if (code == ESCALATE) {
            return new Step.Escalate(model.escalation());
        }
        if (code < actions) {
            return new Step.Repair(model.actions().get(code));
        }
        return new Step.Ask(model.questions().get(code - actions));
    }

    /** Where evidence stands in this model: the state key, weights, and which steps are unavailable. */
    State state(Evidence e) {
        long key = 0;
        boolean skips = false;
        boolean[] actionOpen = new boolean[actions];
        boolean[] questionOpen = new boolean[questions];
        java.util.Arrays.fill(actionOpen, true);
        java.util.Arrays.fill(questionOpen, true);
        double[] w = prior.clone();
        for (String id : e.failedActions()) {
            int a = actionIndex(id);
            if (a >= 0 && actionOpen[a]) {
                actionOpen[a] = false;
                if (keyFits) {
                    key |= 1L << a;
                }
                failAction(w, a);
            }
        }
        for (Map.Entry<String, String> qa : e.answers().entrySet()) {
            int q = questionIndex(qa.getKey());
            if (q < 0 || !questionOpen[q]) {
                continue;
            }
            questionOpen[q] = false;
            int k = answerIndex(q, qa.getValue());
            if (k < 0) {
                // An answer the model does not know tells nothing, but the question was asked.
                skips = true;
                continue;
            }
            if (keyFits) {
                key = withAnswer(key, q, k);
            }
            for (int c = 0; c < causes; c++) {
                w[c] *= likelihood[q][k][c];
            }
        }
        for (String id : e.skipped()) {
            int a = actionIndex(id);
            if (a >= 0 && actionOpen[a]) {
                actionOpen[a] = false;
                skips = true;
            }
            int q = questionIndex(id);
            if (q >= 0 && questionOpen[q]) {
                questionOpen[q] = false;
                skips = true;
            }
        }
        return new State(key, w, sum(w), actionOpen, questionOpen, skips);
    }

    /**
     * An evidence state. {@code mass} is P(evidence); when it is 0 (evidence the model calls impossible,
     * e.g. a wrong answer), planners act on the priors instead, as {@link Belief} does. {@code key} is
     * meaningful only when the model's {@link #keyFits}; {@code skips} is true when some step is closed
     * without evidence (skipped, or answered with an unknown answer), which the key does not show.
     */
    record State(long key, double[] weights, double mass, boolean[] actionOpen, boolean[] questionOpen,
                 boolean skips) {
        /** The set of closed steps that carry no evidence, as a bit set (actions, then questions). */
        long skipSignature(CompiledModel m) {
            long sig = 0;
            for (int a = 0; a < actionOpen.length; a++) {
                if (!actionOpen[a] && !failedIn(key, a)) {
                    sig |= 1L << a;
                }
            }
            for (int q = 0; q < questionOpen.length; q++) {
                if (!questionOpen[q] && m.answerIn(key, q) < 0) {
                    sig |= 1L << (actionOpen.length + q);
                }
            }
            return sig;
        }
    }
}
