package org.pairdoctor.core.simulation;

import org.pairdoctor.core.engine.ExpectedCost;
import org.pairdoctor.core.engine.ModelTooLargeException;
import org.pairdoctor.core.engine.OptimalPolicy;
import org.pairdoctor.core.engine.Planners;
import org.pairdoctor.core.engine.Policies;
import org.pairdoctor.core.engine.SolveBudget;
import org.pairdoctor.core.model.TroubleshootingModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The shipped planner and its heuristic alone on random models ({@link RandomModels}), all costs
 * computed exactly over each policy's decision tree. Where the exact optimum is within reach (the
 * planner solved the model, or the reference solve fits {@link Options#optimalBudget()} and
 * {@link Options#optimalMillis()}) the ratios to it are reported; where it is not, the optimum is
 * "not available" and the oracle (knows the cause; a lower bound on every policy, the optimum
 * included) bounds it instead, so the bench never aborts on a size beyond the exact search.
 * Deterministic for a seed when no time limit cuts the reference solve.
 */
public final class RandomBench {
    private RandomBench() {
    }

    /**
     * What to run.
     *
     * @param optimalBudget  most the reference optimum's solve may take where the planner did not solve
     *                       the model itself (states; its work is not limited)
     * @param optimalMillis  most wall-clock time for that solve; 0 for none (then the run is deterministic)
     */
    public record Options(int instances, int causes, int actions, int questions, long seed, SolveBudget optimalBudget,
                          long optimalMillis) {
        public Options {
            if (instances < 1) {
                throw new IllegalArgumentException("instances must be at least 1");
            }
        }
    }

    /** Mean, 95th percentile and maximum of a ratio over {@code n} instances ({@code n == 0}: none known). */
    public record Ratios(int n, double mean, double p95, double max) {
        static Optional<Ratios> of(List<Double> values) {
            if (values.isEmpty()) {
                return Optional.empty();
            }
            double[] x = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            double mean = 0;
            for (double v : x) {
                mean += v / x.length;
            }
            return Optional.of(new Ratios(x.length, mean, Bench.quantile(x, 0.95), x[x.length - 1]));
        }
    }

    /**
     * The figures of one run.
     *
     * @param plannerSolvedExactly instances the planner solved exactly within its own budget (its ratio is 1 there)
     * @param optimumKnown instances whose exact optimum is known (the planner's solve or the reference solve)
     * @param plannerOverOptimum planner ECR / optimal ECR over the instances with a known optimum
     * @param heuristicOverOptimum the heuristic alone ({@code sacso}) over the optimum, same instances
     * @param plannerOverOracle planner ECR / oracle ECR over all instances: an upper bound on planner / optimum
     * @param heuristicOverOracle the heuristic alone / oracle ECR, over all instances
     * @param plannerSeconds mean planner ECR over all instances
     * @param heuristicSeconds mean heuristic ECR over all instances
     * @param oracleSeconds mean oracle ECR over all instances (a lower bound on the optimum's)
     */
    public record Result(int instances, int causes, int actions, int questions, int plannerSolvedExactly,
                         int optimumKnown, Optional<Ratios> plannerOverOptimum, Optional<Ratios> heuristicOverOptimum,
                         Ratios plannerOverOracle, Ratios heuristicOverOracle, double plannerSeconds,
                         double heuristicSeconds, double oracleSeconds) {
    }

    /** Runs {@code instances} random models of exactly the given size, with the default reference budget and no time limit. */
    public static Result run(int instances, int causes, int actions, int questions, long seed) {
        return run(new Options(instances, causes, actions, questions, seed, SolveBudget.REFERENCE, 0));
    }

    /** Runs the bench. */
    public static Result run(Options o) {
        SplittableRandom rng = new SplittableRandom(o.seed());
        List<Double> plannerOpt = new ArrayList<>();
        List<Double> heuristicOpt = new ArrayList<>();
        List<Double> plannerOracle = new ArrayList<>();
        List<Double> heuristicOracle = new ArrayList<>();
        double plannerSum = 0;
        double heuristicSum = 0;
        double oracleSum = 0;
        int exact = 0;
        for (int i = 0; i < o.instances(); i++) {
            TroubleshootingModel m = RandomModels.generate(rng.split(), o.causes(), o.actions(), o.questions());
            double planner = ExpectedCost.of(Planners.standard(), m).expectedSeconds();
            double heuristic = ExpectedCost.of(Planners.heuristic(), m).expectedSeconds();
            double oracle = ExpectedCost.of(Policies.byName("oracle"), m).expectedSeconds();
            boolean solved = Planners.solvesExactly(m);
            exact += solved ? 1 : 0;
            // Where the planner solved the model, its cost is the optimum (the table is the optimal policy).
            Optional<Double> optimum = solved ? Optional.of(planner) : reference(m, o);
            optimum.ifPresent(opt -> {
                plannerOpt.add(planner / opt);
                heuristicOpt.add(heuristic / opt);
            });
            plannerOracle.add(planner / oracle);
            heuristicOracle.add(heuristic / oracle);
            plannerSum += planner;
            heuristicSum += heuristic;
            oracleSum += oracle;
        }
        int n = o.instances();
        return new Result(n, o.causes(), o.actions(), o.questions(), exact, plannerOpt.size(),
                Ratios.of(plannerOpt), Ratios.of(heuristicOpt), Ratios.of(plannerOracle).orElseThrow(),
                Ratios.of(heuristicOracle).orElseThrow(), plannerSum / n, heuristicSum / n, oracleSum / n);
    }

    private static Optional<Double> reference(TroubleshootingModel m, Options o) {
        try {
            return Optional.of(new OptimalPolicy(o.optimalMillis(), o.optimalBudget().states()).expectedSeconds(m));
        } catch (ModelTooLargeException e) {
            return Optional.empty(); // beyond the reference budget: reported as "optimum n/a", bounded by the oracle
        }
    }
}
