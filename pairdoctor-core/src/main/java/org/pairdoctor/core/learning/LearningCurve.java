package org.pairdoctor.core.learning;

import org.pairdoctor.core.engine.Evidence;
import org.pairdoctor.core.engine.Planner;
import org.pairdoctor.core.engine.Policy;
import org.pairdoctor.core.engine.Step;
import org.pairdoctor.core.model.TroubleshootingModel;
import org.pairdoctor.core.session.SessionService;
import org.pairdoctor.core.session.SessionStore;
import org.pairdoctor.core.simulation.SimulationClock;
import org.pairdoctor.core.simulation.Simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The learning experiment: simulated people go through the real {@link SessionService}, which
 * stores every turn in the given {@link SessionStore} and plans with a {@link LearnedModelSource};
 * at each checkpoint (0, 100, 500, 1000, 5000 sessions) the {@link Learner} learns from everything
 * stored, saves a version in the {@link ParameterStore}, and the planner with those numbers is
 * compared with the same planner knowing the world's true numbers, on the same fresh simulated
 * people (common random numbers). Deterministic for a seed except the measured times.
 */
public final class LearningCurve {
    /** Where the curve is measured (those up to the number of sessions asked for). */
    public static final List<Integer> CHECKPOINTS = List.of(0, 100, 500, 1000, 5000);
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    private static final long EVALUATION_SALT = 0x5EED_E7A1L;

    private final Simulator simulator;
    private final SessionStore sessions;
    private final ParameterStore parameters;
    private final Planner planner;

    public LearningCurve(Simulator simulator, SessionStore sessions, ParameterStore parameters, Planner planner) {
        this.simulator = simulator;
        this.sessions = sessions;
        this.parameters = parameters;
        this.planner = planner;
    }

    /**
     * What to run.
     *
     * @param problems   problems to simulate, round robin; empty = every problem of the catalog
     * @param host       a host id, or null for the world's host mix
     * @param sessions   simulated sessions to learn from in total
     * @param evaluation fresh simulated people per problem at each checkpoint
     * @param deviceId   the device the simulated sessions are about
     */
    public record Options(List<String> problems, String host, int sessions, long seed, int evaluation,
                          LearningSettings settings, String deviceId) {
        public Options {
            problems = problems == null ? List.of() : List.copyOf(problems);
            if (sessions < 0 || evaluation < 1) {
                throw new IllegalArgumentException("sessions must be >= 0 and evaluation >= 1");
            }
        }
    }

    /**
     * One point of the curve.
     *
     * @param sessions           sessions learned from
     * @param meanSeconds        mean time per session of the planner with the learned numbers
     * @param knowingMeanSeconds the same people, planner knowing the world's true numbers
     * @param learnSeconds       wall time of learning at this point (EM over every stored session)
     */
    public record Point(int sessions, double meanSeconds, double knowingMeanSeconds, long parametersVersion,
                        double learnSeconds) {
        /** How much slower than knowing: 0.05 = 5% more time. */
        public double regret() {
            return meanSeconds / knowingMeanSeconds - 1;
        }
    }

    /**
     * The curve and how fast the parts ran.
     *
     * @param simulatedSessionsPerSecond sessions through the service and the store per second of wall time
     * @param learnedSessionsPerSecond   sessions per second of learning at the largest point
     */
    public record Result(List<Point> points, int evaluatedPerPoint, double simulatedSessionsPerSecond,
                         double learnedSessionsPerSecond) {
    }

    public Result run(Options o) {
        List<String> problems = o.problems().isEmpty() ? simulator.catalog().problems() : o.problems();
        List<Integer> checkpoints = new ArrayList<>();
        for (int c : CHECKPOINTS) {
            if (c <= o.sessions()) {
                checkpoints.add(c);
            }
        }
        if (!checkpoints.contains(o.sessions())) {
            checkpoints.add(o.sessions());
        }
        SimulationClock clock = new SimulationClock(START);
        LearnedModelSource models = new LearnedModelSource(simulator.catalog(), parameters, clock, Duration.ZERO);
        SessionService service = new SessionService(models, planner, sessions, clock);
        Learner learner = new Learner(o.settings());

        List<Point> points = new ArrayList<>();
        int done = 0;
        long simulatingNanos = 0;
        double lastLearnedPerSecond = 0;
        for (int checkpoint : checkpoints) {
            long t0 = System.nanoTime();
            for (; done < checkpoint; done++) {
                String problem = problems.get(done % problems.size());
                long seed = Simulator.sessionSeed(o.seed(), problem, done);
                String host = o.host() != null ? o.host() : simulator.drawHost(seed);
                simulator.runThroughService(service, clock, o.deviceId(), problem, host, seed);
                clock.advance(Duration.ofMinutes(10));
            }
            simulatingNanos += System.nanoTime() - t0;

            LearnedParameters learned = LearnedParameters.none();
            double learnSeconds = 0;
            if (checkpoint > 0) {
                long l0 = System.nanoTime();
                var stored = sessions.startedSince(START);
                Learner.Result r = learner.learn(stored, simulator.catalog(), clock);
                learned = parameters.save(r.parameters());
                learnSeconds = (System.nanoTime() - l0) / 1e9;
                lastLearnedPerSecond = stored.size() / Math.max(learnSeconds, 1e-9);
            }
            points.add(evaluate(checkpoint, learned, learnSeconds, problems, o));
        }
        return new Result(points, o.evaluation() * problems.size(),
                done / Math.max(simulatingNanos / 1e9, 1e-9), lastLearnedPerSecond);
    }

    private Point evaluate(int checkpoint, LearnedParameters learned, double learnSeconds, List<String> problems,
                           Options o) {
        Map<String, TroubleshootingModel> learnedModels = new HashMap<>();
        Map<String, TroubleshootingModel> trueModels = new HashMap<>();
        double learnedTotal = 0;
        double knowingTotal = 0;
        int n = 0;
        for (String problem : problems) {
            for (int j = 0; j < o.evaluation(); j++) {
                long seed = Simulator.sessionSeed(o.seed() ^ EVALUATION_SALT, problem, j);
                String host = o.host() != null ? o.host() : simulator.drawHost(seed);
                String key = problem + "\u0000" + host;
                TroubleshootingModel lm = learnedModels.computeIfAbsent(key,
                        k -> learned.apply(simulator.catalog().model(problem, host, null), problem, host,
                                simulator.catalog().deviceFamily(o.deviceId()).orElse(null)));
                TroubleshootingModel tm = trueModels.computeIfAbsent(key,
                        k -> simulator.truth(problem, host).trueModel());
                learnedTotal += simulator.run(new PlanningWith(planner, lm), problem, host, seed).seconds();
                knowingTotal += simulator.run(new PlanningWith(planner, tm), problem, host, seed).seconds();
                n++;
            }
        }
        return new Point(checkpoint, learnedTotal / n, knowingTotal / n, learned.version(), learnSeconds);
    }

    /**
     * The planner deciding with a model of its own (learned, or the true one) instead of the one the
     * simulator hands it; the chosen step is handed back as the simulator's own step of that id.
     */
    private record PlanningWith(Planner planner, TroubleshootingModel model) implements Policy {
        @Override
        public String name() {
            return planner.name();
        }

        @Override
        public Step next(TroubleshootingModel simulated, Evidence evidence) {
            Step step = planner.next(model, evidence);
            if (step instanceof Step.Repair r) {
                return new Step.Repair(simulated.action(r.id()).orElseThrow());
            }
            if (step instanceof Step.Ask a) {
                return new Step.Ask(simulated.question(a.id()).orElseThrow());
            }
            return new Step.Escalate(simulated.escalation());
        }
    }
}
