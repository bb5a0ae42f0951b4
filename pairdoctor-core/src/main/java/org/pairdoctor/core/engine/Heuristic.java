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
    /** Above this many open questions only the most informative (entropy reduction) are valued. */
    private static final int MAX_QUESTIONS = 8;

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
        // Lazy greedy: a failure only lowers cause weights, so an action's efficiency never rises;
        // stored efficiencies are upper bounds, and only the top of the heap needs recomputing.
        Heap heap = new Heap(open.length);
        for (int a = 0; a < open.length; a++) {
            if (open[a] && a != exclude) {
                double p = m.fixMass(w, a);
                if (p > 0) {
                    heap.push(p / Math.max(m.actionSeconds[a], 1e-12), a);
                }
            }
        }
        double acc = 0;
        double best = mass * m.escalationSeconds;
        int bestFirst = CompiledModel.ESCALATE;
        int head = -1;
        while (heap.size > 0) {
            int a = heap.topId();
            double stored = heap.topKey();
            double p = m.fixMass(w, a);
            double e = p / Math.max(m.actionSeconds[a], 1e-12);
            heap.pop();
            if (p <= 0) {
                continue;
            }
            if (e < stored && heap.size > 0 && !heap.before(e, a, heap.topKey(), heap.topId())) {
                heap.push(e, a); // no longer the best: put it back with its current efficiency
                continue;
            }
            if (head < 0) {
                head = a;
            }
            acc += mass * m.actionSeconds[a];
            if (acc >= best) {
                break; // costs only grow from here: no longer cut can win
            }
            int[] cs = m.fixCauses[a];
            double[] ps = m.fixProbs[a];
            for (int k = 0; k < cs.length; k++) {
                w[cs[k]] *= 1.0 - ps[k];
            }
            mass -= p;
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

    /** A binary max-heap of (efficiency, action), ties to the lower action index. */
    private static final class Heap {
        final double[] keys;
        final int[] ids;
        int size;

        Heap(int capacity) {
            keys = new double[Math.max(1, capacity)];
            ids = new int[Math.max(1, capacity)];
        }

        boolean before(double k1, int i1, double k2, int i2) {
            return k1 > k2 || (k1 == k2 && i1 < i2);
        }

        double topKey() {
            return keys[0];
        }

        int topId() {
            return ids[0];
        }

        void push(double k, int id) {
            int i = size++;
            while (i > 0) {
                int parent = (i - 1) >> 1;
                if (!before(k, id, keys[parent], ids[parent])) {
                    break;
                }
                keys[i] = keys[parent];
                ids[i] = ids[parent];
                i = parent;
            }
            keys[i] = k;
            ids[i] = id;
        }

        void pop() {
            double k = keys[--size];
            int id = ids[size];
            int i = 0;
            while (true) {
                int c = 2 * i + 1;
                if (c >= size) {
                    break;
                }
                if (c + 1 < size && before(keys[c + 1], ids[c + 1], keys[c], ids[c])) {
                    c++;
                }
                if (!before(keys[c], ids[c], k, id)) {
                    break;
                }
                keys[i] = keys[c];
                ids[i] = ids[c];
                i = c;
            }
            keys[i] = k;
            ids[i] = id;
        }
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
        // Myopic value of information, for the most informative questions when there are many.
        boolean[] consider = mostInformative(m, w, questionOpen, MAX_QUESTIONS);
        for (int q = 0; q < questionOpen.length; q++) {
            if (!consider[q]) {
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

    /** The open questions to value: all of them, or the {@code k} with the largest expected entropy reduction. */
    static boolean[] mostInformative(CompiledModel m, double[] w, boolean[] open, int k) {
        int n = 0;
        for (boolean o : open) {
            n += o ? 1 : 0;
        }
        if (n <= k) {
            return open;
        }
        double mass = CompiledModel.sum(w);
        double[] gain = new double[open.length];
        Integer[] order = new Integer[open.length];
        for (int q = 0; q < open.length; q++) {
            order[q] = q;
            if (!open[q]) {
                gain[q] = Double.NEGATIVE_INFINITY;
                continue;
            }
            // Expected posterior entropy (lower is better), up to a constant: sum over answers of
            // sum_c w_ca log(w_ca / m_a), with w_ca = w_c * P(a | c) and m_a = sum_c w_ca.
            double g = 0;
            for (double[] row : m.likelihood[q]) {
                double ma = 0;
                for (int c = 0; c < w.length; c++) {
                    ma += w[c] * row[c];
                }
                if (ma <= 0) {
                    continue;
                }
                for (int c = 0; c < w.length; c++) {
                    double x = w[c] * row[c];
                    if (x > 0) {
                        g += x * Math.log(x / ma);
                    }
                }
            }
            gain[q] = g / mass;
        }
        java.util.Arrays.sort(order, (x, y) -> gain[x] != gain[y] ? Double.compare(gain[y], gain[x]) : Integer.compare(x, y));
        boolean[] pick = new boolean[open.length];
        for (int i = 0; i < k; i++) {
            pick[order[i]] = true;
        }
        return pick;
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
