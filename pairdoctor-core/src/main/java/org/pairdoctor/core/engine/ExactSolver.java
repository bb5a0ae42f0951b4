package org.pairdoctor.core.engine;

/**
 * Exact minimum expected cost by memoised depth-first search over evidence states (failed actions
 * and answers). For a state with cause weights {@code w} (mass {@code m} = P(state)) the value is
 * {@code V = min(m*E, min_a m*c_a + V(a failed), min_q m*c_q + sum_ans V(q answered ans))}: the
 * optimal expected cost times the probability of getting there. Every stored value is exact (bounds
 * only skip siblings that cannot win: a step costs at least its own seconds, and the mass left after
 * it at least the cheapest step per unit), so the table doubles as the optimal policy.
 *
 * <p>Steps closed without evidence (skipped) are fixed per solver: one solver per skip set.
 * Thread-safe: the public methods synchronise; lookups after the first solve are fast.
 */
final class ExactSolver {
    private final CompiledModel m;
    private final boolean[] actionClosed;
    private final boolean[] questionClosed;
    private final long stateLimit;
    private final long workLimit;
    private final long timeBudgetNanos;
    private StateTable table;
    /** Child states looked up, and cause weights computed: together the search's work (see {@link #work()}). */
    private long probes;
    private long causeOps;
    private final double lowerBoundPerMass;
    private final double[][] buf;
    private final int[][] order;
    private final double[][] eff;
    private long deadline;
    private int sinceCheck;

    /**
     * @param skipSignature steps closed without evidence: bit a for action a, bit actions+q for question q
     * @param stateLimit    most states the table may hold; beyond it {@link ModelTooLargeException}
     * @param timeBudgetNanos most time one search may take; 0 for no limit (the planner uses none, so
     *                        its choices never depend on the machine's speed)
     */
    ExactSolver(CompiledModel m, long skipSignature, long stateLimit, long timeBudgetNanos) {
        this(m, skipSignature, new SolveBudget(stateLimit, Long.MAX_VALUE), timeBudgetNanos);
    }

    /**
     * @param budget most states and work units the table may take; beyond either {@link ModelTooLargeException}
     * @param timeBudgetNanos as above
     */
    ExactSolver(CompiledModel m, long skipSignature, SolveBudget budget, long timeBudgetNanos) {
        if (!m.keyFits) {
            throw new ModelTooLargeException("model '" + m.model.problem() + "' has too many steps for the exact "
                    + "search (" + m.actions + " actions, " + m.questions + " questions; evidence states do not fit "
                    + "in 62 bits)");
        }
        this.m = m;
        this.stateLimit = budget.states();
        this.workLimit = budget.work();
        this.timeBudgetNanos = timeBudgetNanos;
        actionClosed = new boolean[m.actions];
        questionClosed = new boolean[m.questions];
        double lb = m.escalationSeconds;
        for (int a = 0; a < m.actions; a++) {
            actionClosed[a] = (skipSignature & (1L << a)) != 0;
            if (!actionClosed[a]) {
                lb = Math.min(lb, m.actionSeconds[a]);
            }
        }
        for (int q = 0; q < m.questions; q++) {
            questionClosed[q] = (skipSignature & (1L << (m.actions + q))) != 0;
            if (!questionClosed[q]) {
                lb = Math.min(lb, m.questionSeconds[q]);
            }
        }
        lowerBoundPerMass = lb;
        int depth = m.actions + m.questions + 2;
        buf = new double[depth][m.causes];
        order = new int[depth][m.actions];
        eff = new double[depth][m.actions];
        table = new StateTable((int) Math.min(1 << 16, Math.max(16, stateLimit)));
    }

    /** Number of states solved so far (and kept). */
    synchronized int states() {
        return table.size();
    }

    /** Work units spent so far (see {@link SolveBudget#work()}). */
    synchronized long work() {
        return probes + causeOps / 16;
    }

    /** The memory the state table's arrays use now, in bytes. */
    synchronized long tableBytes() {
        return table.bytes();
    }

    /**
     * Drops every solved state that the optimal policy from the root never reaches, so that a solved
     * model keeps kilobytes instead of the search's megabytes. Values stay exact; a state that is
     * looked up later and was dropped is solved again (the planner only meets states on its policy,
     * unless a session skips a step, in which case it uses its heuristic anyway).
     */
    synchronized void keepPolicyOnly() {
        value(0L, m.prior);
        StateTable kept = new StateTable(16);
        keep(kept, 0L, m.prior.clone(), 0);
        table = kept;
    }

    private void keep(StateTable kept, long key, double[] w, int depth) {
        int i = table.find(key);
        if (i < 0 || kept.find(key) >= 0) {
            return;
        }
        kept.copy(table, i);
        int step = table.step(i);
        if (step == CompiledModel.ESCALATE) {
            return;
        }
        double[] child = buf[depth + 1];
        if (step < m.actions) {
            System.arraycopy(w, 0, child, 0, w.length);
            if (m.failAction(child, step) > 0) {
                keep(kept, key | (1L << step), child, depth + 1);
            }
            return;
        }
        int q = step - m.actions;
        double[][] lik = m.likelihood[q];
        for (int ans = 0; ans < lik.length; ans++) {
            double cm = 0;
            for (int c = 0; c < w.length; c++) {
                child[c] = w[c] * lik[ans][c];
                cm += child[c];
            }
            if (cm > 0) {
                keep(kept, m.withAnswer(key, q, ans), child, depth + 1);
            }
        }
    }

    /**
     * The exact value of a state (mass times its optimal expected remaining cost), solving what is
     * missing. {@code w} is not modified.
     */
    synchronized double value(long key, double[] w) {
        double mass = CompiledModel.sum(w);
        if (mass <= 0) {
            return 0;
        }
        int i = table.find(key);
        if (i >= 0) {
            return table.value(i);
        }
        deadline = timeBudgetNanos > 0 ? System.nanoTime() + timeBudgetNanos : Long.MAX_VALUE;
        return solve(key, w.clone(), mass, 0);
    }

    /** The optimal step code in a state, solving it if needed; see {@link CompiledModel#ESCALATE}. */
    synchronized int bestStep(long key, double[] w) {
        value(key, w);
        int i = table.find(key);
        return i >= 0 ? table.step(i) : CompiledModel.ESCALATE;
    }

    private double solve(long key, double[] w, double mass, int depth) {
        double best = mass * m.escalationSeconds;
        int bestStep = CompiledModel.ESCALATE;
        double[] child = buf[depth + 1];
        // Actions, most efficient first, so that the bound tightens early.
        int[] ord = order[depth];
        double[] ef = eff[depth];
        int n = 0;
        for (int a = 0; a < m.actions; a++) {
            if (actionClosed[a] || CompiledModel.failedIn(key, a)) {
                continue;
            }
            double p = m.fixMass(w, a);
            causeOps += w.length;
            if (p <= 0) {
                continue; // an action that cannot help here is never worth its time
            }
            double e = p / Math.max(m.actionSeconds[a], 1e-12);
            int j = n++;
            while (j > 0 && ef[j - 1] < e) {
                ef[j] = ef[j - 1];
                ord[j] = ord[j - 1];
                j--;
            }
            ef[j] = e;
            ord[j] = a;
        }
        for (int k = 0; k < n; k++) {
            int a = ord[k];
            double immediate = mass * m.actionSeconds[a];
            if (immediate >= best) {
                continue;
            }
            System.arraycopy(w, 0, child, 0, w.length);
            double rest = m.failAction(child, a);
            if (immediate + rest * lowerBoundPerMass >= best) {
                continue;
            }
            double v = immediate + childValue(key | (1L << a), child, rest, depth + 1);
            if (v < best) {
                best = v;
                bestStep = a;
            }
        }
        for (int q = 0; q < m.questions; q++) {
            if (questionClosed[q] || m.answerIn(key, q) >= 0) {
                continue;
            }
            double total = mass * m.questionSeconds[q];
            if (total >= best) {
                continue;
            }
            double[][] lik = m.likelihood[q];
            // A question whose answers cannot change the belief only costs time.
            if (uninformative(lik, w)) {
                continue;
            }
            double lower = total + mass * lowerBoundPerMass;
            if (lower >= best) {
                continue;
            }
            for (int ans = 0; ans < lik.length && total < best; ans++) {
                double cm = 0;
                for (int c = 0; c < w.length; c++) {
                    child[c] = w[c] * lik[ans][c];
                    cm += child[c];
                }
                if (cm > 0) {
                    total += childValue(m.withAnswer(key, q, ans), child, cm, depth + 1);
                }
            }
            if (total < best) {
                best = total;
                bestStep = m.actions + q;
            }
        }
        if (table.size() >= stateLimit) {
            throw new ModelTooLargeException("model '" + m.model.problem() + "' is too large for the exact search: "
                    + "more than " + stateLimit + " evidence states (" + m.actions + " actions, " + m.questions
                    + " questions, about 2^" + Math.round(m.log2States()) + " states in all)");
        }
        if (probes + causeOps / 16 > workLimit) {
            throw new ModelTooLargeException("model '" + m.model.problem() + "' is too large for the exact search: "
                    + "more than " + workLimit + " work units (" + table.size() + " states solved; "
                    + m.actions + " actions, " + m.questions + " questions)");
        }
        if (++sinceCheck >= 1024) {
            sinceCheck = 0;
            if (System.nanoTime() > deadline) {
                throw new ModelTooLargeException("model '" + m.model.problem() + "' is too large for the exact "
                        + "search: it did not finish within " + (timeBudgetNanos / 1_000_000) + " ms ("
                        + table.size() + " states solved)");
            }
        }
        table.put(key, best, bestStep);
        return best;
    }

    private double childValue(long key, double[] child, double mass, int depth) {
        causeOps += child.length;
        probes++;
        if (mass <= 0) {
            return 0;
        }
        int i = table.find(key);
        if (i >= 0) {
            return table.value(i);
        }
        // Safe without a copy: the child at depth d lives in buf[d]; deeper levels write only buf[d+1...].
        return solve(key, child, mass, depth);
    }

    private static boolean uninformative(double[][] lik, double[] w) {
        // Answers are uninformative when each answer's likelihood is the same for every cause with weight.
        for (double[] row : lik) {
            double first = -1;
            for (int c = 0; c < w.length; c++) {
                if (w[c] > 0) {
                    if (first < 0) {
                        first = row[c];
                    } else if (Math.abs(row[c] - first) > 1e-15) {
                        return false;
                    }
                }
            }
        }
        return true;
    }
}
