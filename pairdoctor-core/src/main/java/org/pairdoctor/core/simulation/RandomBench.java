package org.pairdoctor.core.simulation;

import org.pairdoctor.core.engine.ExpectedCost;
import org.pairdoctor.core.engine.OptimalPolicy;
import org.pairdoctor.core.engine.Planners;
import org.pairdoctor.core.model.TroubleshootingModel;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Planner ECR over optimal ECR on random models ({@link RandomModels}), both computed exactly.
 * Reports the shipped planner and, for honesty, its heuristic alone (which the planner falls back
 * to on models too large to solve). Deterministic for a seed.
 */
public final class RandomBench {
    private RandomBench() {
    }

    /**
     * @param plannerSolvedExactly how many instances the planner solved exactly (so its ratio is 1 there)
     */
    public record Result(int instances, int causes, int actions, int questions, double ratioMean, double ratioP95,
                         double ratioMax, double heuristicRatioMean, double heuristicRatioP95,
                         double heuristicRatioMax, int plannerSolvedExactly) {
    }

    /** Runs {@code instances} random models of exactly the given size. */
    public static Result run(int instances, int causes, int actions, int questions, long seed) {
        if (instances < 1) {
            throw new IllegalArgumentException("instances must be at least 1");
        }
        SplittableRandom rng = new SplittableRandom(seed);
        double[] planner = new double[instances];
        double[] heuristic = new double[instances];
        int exact = 0;
        for (int i = 0; i < instances; i++) {
            TroubleshootingModel m = RandomModels.generate(rng.split(), causes, actions, questions);
            double opt = new OptimalPolicy(0).expectedSeconds(m);
            planner[i] = ExpectedCost.of(Planners.standard(), m).expectedSeconds() / opt;
            heuristic[i] = ExpectedCost.of(Planners.heuristic(), m).expectedSeconds() / opt;
            exact += Planners.solvesExactly(m) ? 1 : 0;
        }
        Arrays.sort(planner);
        Arrays.sort(heuristic);
        return new Result(instances, causes, actions, questions, mean(planner), Bench.quantile(planner, 0.95),
                planner[instances - 1], mean(heuristic), Bench.quantile(heuristic, 0.95), heuristic[instances - 1],
                exact);
    }

    private static double mean(double[] x) {
        return Arrays.stream(x).average().orElse(0);
    }
}
