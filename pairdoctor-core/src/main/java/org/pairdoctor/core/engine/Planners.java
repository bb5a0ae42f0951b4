package org.pairdoctor.core.engine;

import org.pairdoctor.core.model.TroubleshootingModel;

/** Entry point to the planner that guided sessions use. */
public final class Planners {
    private static final StandardPlanner STANDARD = new StandardPlanner(true);
    private static final StandardPlanner HEURISTIC = new StandardPlanner(false);

    private Planners() {
    }

    /**
     * The planner guided sessions use (policy {@code planner}): exactly optimal on models whose
     * exact solve fits {@link #budget()} (solved once, cached per model), the SACSO-style heuristic
     * otherwise. Deterministic: the same model and evidence always give the same step.
     */
    public static Planner standard() {
        return STANDARD;
    }

    /**
     * The SACSO-style heuristic alone (policy {@code sacso}): updated P-over-C, escalation where it
     * minimises expected cost, one-step look-ahead, myopic value of information. Shown in benchmarks
     * to measure what the exact solution adds.
     */
    public static Planner heuristic() {
        return HEURISTIC;
    }

    /**
     * Does the per-model work ahead of the first decision (compiling, and solving exactly when the
     * model is small enough), so that a server's first session on a model is as fast as the rest.
     */
    public static void prepare(TroubleshootingModel model) {
        STANDARD.prepare(model);
    }

    /** The most one exact solve of a model may cost the standard planner (see {@link SolveBudget#PLANNER}). */
    public static SolveBudget budget() {
        return SolveBudget.PLANNER;
    }

    /** True when {@link #standard()} acts exactly optimally on this model. */
    public static boolean solvesExactly(TroubleshootingModel model) {
        return STANDARD.solvesExactly(model);
    }
}
