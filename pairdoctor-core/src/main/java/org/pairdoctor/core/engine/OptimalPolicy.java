package org.pairdoctor.core.engine;

import org.pairdoctor.core.model.TroubleshootingModel;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code optimal}: the exact minimum-ECR policy by memoised search over evidence states
 * ({@link ExactSolver}). Models whose search exceeds {@link #STATE_LIMIT} states or
 * {@link #timeBudgetMillis} fail with {@link ModelTooLargeException}. Thread-safe.
 */
public final class OptimalPolicy implements Policy {
    /** The planner's state limit, 2^23 evidence states (at most 503 MB while solving; see {@link SolveBudget}). */
    public static final long STATE_LIMIT = SolveBudget.PLANNER.states();
    private final long timeBudgetMillis;
    private final long stateLimit;
    private final ModelCache<ConcurrentHashMap<Long, Optional<ExactSolver>>> solvers =
            new ModelCache<>(m -> new ConcurrentHashMap<>());

    /** @param timeBudgetMillis most time one search may take; 0 for no limit */
    public OptimalPolicy(long timeBudgetMillis) {
        this(timeBudgetMillis, STATE_LIMIT);
    }

    /** With a smaller state limit (tests, or callers with less memory). */
    public OptimalPolicy(long timeBudgetMillis, long stateLimit) {
        this.timeBudgetMillis = timeBudgetMillis;
        this.stateLimit = stateLimit;
    }

    @Override
    public String name() {
        return "optimal";
    }

    private ExactSolver solver(TroubleshootingModel model, long skips) {
        CompiledModel m = CompiledModel.of(model);
        return solvers.get(model).computeIfAbsent(skips,
                s -> Optional.of(new ExactSolver(m, s, stateLimit, timeBudgetMillis * 1_000_000L))).orElseThrow();
    }

    /** The exact minimum expected cost of the model from the start. */
    public double expectedSeconds(TroubleshootingModel model) {
        CompiledModel m = CompiledModel.of(model);
        return solver(model, 0).value(0L, m.prior);
    }

    /** How many evidence states the search has solved on this model so far. */
    public int states(TroubleshootingModel model) {
        return solver(model, 0).states();
    }

    @Override
    public Step next(TroubleshootingModel model, Evidence evidence) {
        CompiledModel m = CompiledModel.of(model);
        CompiledModel.State s = m.state(evidence);
        if (s.mass() <= 0) {
            // Evidence the model calls impossible: no optimum exists for it; act as the planner would.
            return Planners.heuristic().next(model, evidence);
        }
        ExactSolver solver = solver(model, s.skips() ? s.skipSignature(m) : 0L);
        return m.step(solver.bestStep(s.key(), s.weights()));
    }
}
