package org.pairdoctor.core.engine;

/**
 * The SACSO-style heuristic (Heckerman, Breese and Rommelse 1995; Jensen, Kjaerulff et al. 2001):
 * <ul>
 *   <li>the repair sequence is built by <em>updated</em> P-over-C: the action with the highest
 *       P(fix | evidence) / seconds, then the belief is updated as if it failed, and again;</li>
 *   <li>the service call (escalation) goes where it minimises the expected cost of that sequence;</li>
 *   <li>a one-step look-ahead compares the best few first actions, each followed by that sequence;</li>
 *   <li>a question is asked only when asking it and then following the sequence has a lower expected
 *       cost than the best plan without it (myopic value of information).</li>
 * </ul>
 * Stateless and thread-safe. Weights need not be normalised: values scale with their sum.
 */
final class Heuristic {
    /** Look ahead over all first actions up to this many open actions, over the best few above it. */
    private static final int FULL_LOOKAHEAD = 16;
    private static final int PARTIAL_LOOKAHEAD = 6;

    private Heuristic() {
    }

    /** A chosen step code and the expected remaining cost of the plan behind it (weights' scale). */
    record Choice(int step, double expected) {
    }

    /**
     * Expected cost of the updated-P-over-C sequence from weights {@code w0} over the open actions
     * (minus {@code exclude}), cut where escalation minimises it. Returns the cost; the first action of
     * the best cut (or ESCALATE) goes to {@code first[0]} when {@code first} is given.
     */
    static double sequenceCost(CompiledModel m, double[] w0, boolean[] open, int exclude, int[] first) {
        double[] w = w0.clone();
        double mass = CompiledModel.sum(w);
        boolean[] avail = open.clone();
        if (exclude >= 0) {
            avail[exclude] = false;
        }
        double acc = 0;
        double best = mass * m.escalationSeconds;
        int bestFirst = CompiledModel.ESCALATE;
        int head = -1;
        while (true) {
            int pick = -1;
            double pickEff = 0;
            double pickFix = 0;
            for (int a = 0; a < avail.length; a++) {
                if (!avail[a]) {
                    continue;
                }
                double p = m.fixMass(w, a);
                double e = p / Math.max(m.actionSeconds[a], 1e-12);
                if (p > 0 && e > pickEff) {
                    pickEff = e;
                    pick = a;
                    pickFix = p;
                }
            }
            if (pick < 0) {
                break;
            }
            if (head < 0) {
                head = pick;
            }
            acc += mass * m.actionSeconds[pick];
            if (acc >= best) {
                break; // costs only grow from here: no longer cut can win
            }
            avail[pick] = false;
            int[] cs = m.fixCauses[pick];
            double[] ps = m.fixProbs[pick];
            for (int k = 0; k < cs.length; k++) {
                w[cs[k]] *= 1.0 - ps[k];
            }
            mass -= pickFix;
            if (mass < 0) {
                mass = 0;
            }
            double total = acc + mass * m.escalationSeconds;
            if (total < best) {
                best = total;
                bestFirst = head;
            }
        }
        if (first != null) {
            first[0] = bestFirst;
        }
        return best;
    }

    /** The heuristic's choice in a state; {@code w} are the (possibly unnormalised) cause weights. */
    static Choice choose(CompiledModel m, double[] w, boolean[] actionOpen, boolean[] questionOpen) {
        double mass = CompiledModel.sum(w);
        int[] head = new int[1];
        double best = sequenceCost(m, w, actionOpen, -1, head);
        int bestStep = head[0];
        // One-step look-ahead over first actions.
        int open = 0;
        for (boolean o : actionOpen) {
            open += o ? 1 : 0;
        }
        int[] candidates = topActions(m, w, actionOpen, open <= FULL_LOOKAHEAD ? open : PARTIAL_LOOKAHEAD);
        double[] child = new double[w.length];
        for (int a : candidates) {
            double immediate = mass * m.actionSeconds[a];
            if (immediate >= best) {
                continue;
            }
            System.arraycopy(w, 0, child, 0, w.length);
            m.failAction(child, a);
            double v = immediate + sequenceCost(m, child, actionOpen, a, null);
            if (v < best - 1e-12 * mass) {
                best = v;
                bestStep = a;
            }
        }
        // Myopic value of information.
        for (int q = 0; q < questionOpen.length; q++) {
            if (!questionOpen[q]) {
                continue;
            }
            double total = mass * m.questionSeconds[q];
            double[][] lik = m.likelihood[q];
            for (int ans = 0; ans < lik.length && total < best; ans++) {
                double cm = 0;
                for (int c = 0; c < w.length; c++) {
                    child[c] = w[c] * lik[ans][c];
                    cm += child[c];
                }
                if (cm > 0) {
                    total += sequenceCost(m, child, actionOpen, -1, null);
                }
            }
            if (total < best - 1e-12 * mass) {
                best = total;
                bestStep = m.actions + q;
            }
        }
        return new Choice(bestStep, best);
    }

    /** The open actions that can help, most efficient first, at most {@code k} of them. */
    static int[] topActions(CompiledModel m, double[] w, boolean[] open, int k) {
        if (k <= 0) {
            return new int[0];
        }
        int[] idx = new int[k];
        double[] eff = new double[k];
        int n = 0;
        for (int a = 0; a < open.length; a++) {
            if (!open[a]) {
                continue;
            }
            double p = m.fixMass(w, a);
            if (p <= 0) {
                continue;
            }
            double e = p / Math.max(m.actionSeconds[a], 1e-12);
            if (n == k && e <= eff[k - 1]) {
                continue;
            }
            int j = n < k ? n++ : k - 1;
            while (j > 0 && eff[j - 1] < e) {
                eff[j] = eff[j - 1];
                idx[j] = idx[j - 1];
                j--;
            }
            eff[j] = e;
            idx[j] = a;
        }
        return java.util.Arrays.copyOf(idx, n);
    }
}
