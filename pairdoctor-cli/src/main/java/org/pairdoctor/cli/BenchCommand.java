package org.pairdoctor.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.pairdoctor.core.engine.Policies;
import org.pairdoctor.core.engine.SolveBudget;
import org.pairdoctor.core.simulation.Bench;
import org.pairdoctor.core.simulation.ModelCatalog;
import org.pairdoctor.core.simulation.RandomBench;
import org.pairdoctor.core.simulation.ScriptedWalk;
import org.pairdoctor.core.simulation.Simulator;
import org.pairdoctor.core.simulation.World;
import org.pairdoctor.core.simulation.WorldFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code pairdoctor bench}: simulated sessions in a world, comparing policies
 * ({@code --world --problem --host --policies --sessions --seed}); or planner/optimal ECR ratios on
 * random models ({@code --random N}); or, with {@code --learn N}, the learning experiment (handled by
 * {@link LearningBench}). Deterministic for a seed except the measured decision latencies.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Simulated sessions: compares policies, or measures learning.")
final class BenchCommand implements Callable<Integer> {
    static final List<String> DEFAULT_POLICIES = List.of("planner", "static", "pover-c", "optimal", "oracle");

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--world", paramLabel = "FILE",
            description = "World file (YAML, see docs/simulation.md); default worlds/as-authored.yaml.")
    Path world;

    @Option(names = "--problem", defaultValue = "all", paramLabel = "ID|all", description = "Problem id, or all (default).")
    String problem;

    @Option(names = "--host", paramLabel = "H|all",
            description = "A host id, or all for one row per host; default: the world's host mix.")
    String host;

    @Option(names = "--policies", split = ",", paramLabel = "a,b",
            description = "Policies to compare (default planner,static,pover-c,optimal,oracle); also sacso.")
    List<String> policies;

    @Option(names = "--sessions", defaultValue = "1000", paramLabel = "N", description = "Sessions per problem (and host).")
    int sessions;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Random seed (default 1).")
    long seed;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Option(names = "--optimal-time-limit", defaultValue = "60", paramLabel = "SECONDS",
            description = "Most time the optimal search may take per model (default ${DEFAULT-VALUE}).")
    long optimalSeconds;

    @Option(names = "--optimal-states", defaultValue = "8388608", paramLabel = "N",
            description = "Random models: most states the reference optimum's solve may hold where the planner did "
                    + "not solve the model (default ${DEFAULT-VALUE}, at most 503 MB); beyond it the optimum is n/a.")
    long optimalStates;

    @Option(names = "--random", paramLabel = "N", description = "Instead: planner/optimal ECR on N random models.")
    Integer random;

    @Option(names = "--causes", defaultValue = "8", paramLabel = "K", description = "Random models: causes (default 8).")
    int causes;

    @Option(names = "--actions", defaultValue = "8", paramLabel = "M", description = "Random models: actions (default 8).")
    int actions;

    @Option(names = "--questions", defaultValue = "3", paramLabel = "Q", description = "Random models: questions (default 3).")
    int questions;

    @Option(names = "--learn", paramLabel = "N", description = "Instead: the learning experiment over N simulated sessions.")
    Integer learn;

    @Option(names = "--scripted", description = "Instead: issue 10's scripted people (every problem x the main hosts x "
            + "every cause an action fixes with p >= 0.5); exit 1 if any is sent to support needlessly.")
    boolean scripted;

    @Override
    public Integer call() throws JsonProcessingException {
        PrintWriter err = spec.commandLine().getErr();
        if (sessions < 1 || (random != null && random < 1) || causes < 2 || actions < 0 || questions < 0
                || optimalStates < 1 || optimalSeconds < 0) {
            err.println("pairdoctor bench: --sessions, --random and --optimal-states must be at least 1, --causes at "
                    + "least 2, --actions, --questions and --optimal-time-limit at least 0");
            return 2;
        }
        List<String> names = policies == null ? DEFAULT_POLICIES : policies;
        for (String n : names) {
            if (!Policies.NAMES.contains(n)) {
                err.println("pairdoctor bench: unknown policy '" + n + "'; valid policies: " + String.join(", ", Policies.NAMES));
                return 2;
            }
        }
        if (learn != null) {
            return new LearningBench(this).call();
        }
        if (random != null) {
            return randomBench();
        }
        if (scripted) {
            return scriptedWalk(names);
        }
        Simulator sim = simulator();
        List<String> problems = problem.equals("all") ? List.of() : List.of(problem);
        List<Bench.Row> rows = new Bench(sim).run(new Bench.Options(problems, host, names, sessions, seed,
                optimalSeconds * 1000));
        if (json) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("world", sim.world().origin());
            out.put("sessions", sessions);
            out.put("seed", seed);
            out.put("results", rows.stream().map(BenchRows::json).toList());
            spec.commandLine().getOut().println(mapper().writeValueAsString(out));
        } else {
            BenchRows.table(spec.commandLine().getOut(), rows);
        }
        return 0;
    }

    /** The world (default worlds/as-authored.yaml) and its knowledge base, checked against each other. */
    Simulator simulator() {
        Path file = world != null ? world : repoRoot().resolve("worlds").resolve("as-authored.yaml");
        World w = WorldFile.read(file);
        ModelCatalog catalog = KnowledgeCatalog.load(w.knowledge(), w.devices());
        return new Simulator(w, catalog);
    }

    static Path repoRoot() {
        String home = System.getProperty("pairdoctor.home");
        if (home != null) {
            return Path.of(home);
        }
        String env = System.getenv("PAIRDOCTOR_REPO_ROOT");
        return Path.of(env != null ? env : ".");
    }

    /** The scripted walk with each policy (default: the planner); exit 1 on a needless escalation by the planner. */
    private int scriptedWalk(List<String> names) throws JsonProcessingException {
        Simulator sim = simulator();
        List<String> run = policies == null ? List.of("planner") : names;
        Map<String, Object> out = new LinkedHashMap<>();
        boolean plannerEscalated = false;
        for (String name : run) {
            ScriptedWalk.Report r = ScriptedWalk.walk(sim.catalog(), ScriptedWalk.MAIN_HOSTS, Policies.byName(name));
            plannerEscalated |= name.equals("planner") && !r.escalated().isEmpty();
            if (json) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("people", r.cases().size());
                m.put("fixed", r.fixed());
                m.put("escalated", r.escalated().size());
                m.put("medianSteps", r.medianSteps());
                m.put("medianSeconds", r.medianSeconds());
                m.put("medianClockSeconds", r.medianWallSeconds());
                m.put("escalatedCases", r.escalated().stream().map(ScriptedWalk.Case::toString).toList());
                out.put(name, m);
            } else {
                PrintWriter w = spec.commandLine().getOut();
                w.println(name + ": " + ScriptedWalk.summary(r));
                r.escalated().forEach(c -> w.println("  escalated: " + c));
            }
        }
        if (json) {
            spec.commandLine().getOut().println(mapper().writeValueAsString(Map.of("scripted", out)));
        }
        return plannerEscalated ? 1 : 0;
    }

    private int randomBench() throws JsonProcessingException {
        SolveBudget reference = SolveBudget.REFERENCE.withStates(optimalStates);
        RandomBench.Result r = RandomBench.run(new RandomBench.Options(random, causes, actions, questions, seed,
                reference, optimalSeconds * 1000));
        if (json) {
            spec.commandLine().getOut().println(mapper().writeValueAsString(Map.of("random", randomJson(r))));
        } else {
            randomTable(r);
        }
        return 0;
    }

    static Map<String, Object> randomJson(RandomBench.Result r) {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("instances", r.instances());
        inner.put("causes", r.causes());
        inner.put("actions", r.actions());
        inner.put("questions", r.questions());
        inner.put("plannerSolvedExactly", r.plannerSolvedExactly());
        inner.put("optimumKnown", r.optimumKnown());
        // The ratios to the optimum exist only over the instances whose optimum is known.
        r.plannerOverOptimum().ifPresent(x -> {
            inner.put("ratioMean", x.mean());
            inner.put("ratioP95", x.p95());
            inner.put("ratioMax", x.max());
        });
        r.heuristicOverOptimum().ifPresent(x -> {
            inner.put("heuristicRatioMean", x.mean());
            inner.put("heuristicRatioP95", x.p95());
            inner.put("heuristicRatioMax", x.max());
        });
        inner.put("plannerOverOracle", ratios(r.plannerOverOracle()));
        inner.put("heuristicOverOracle", ratios(r.heuristicOverOracle()));
        inner.put("plannerMeanSeconds", r.plannerSeconds());
        inner.put("heuristicMeanSeconds", r.heuristicSeconds());
        inner.put("oracleMeanSeconds", r.oracleSeconds());
        return inner;
    }

    private static Map<String, Object> ratios(RandomBench.Ratios x) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("mean", x.mean());
        m.put("p95", x.p95());
        m.put("max", x.max());
        return m;
    }

    private void randomTable(RandomBench.Result r) {
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "%d random models (%d causes, %d actions, %d questions); costs computed exactly.%n",
                r.instances(), r.causes(), r.actions(), r.questions());
        out.printf(Locale.ROOT, "  planner solved exactly: %d of %d; optimum known: %d of %d%n",
                r.plannerSolvedExactly(), r.instances(), r.optimumKnown(), r.instances());
        if (r.plannerOverOptimum().isPresent()) {
            out.printf(Locale.ROOT, "  ECR / optimal ECR (over the %d with a known optimum):%n", r.optimumKnown());
            out.println("    planner:                  " + figures(r.plannerOverOptimum().get()));
            out.println("    its heuristic alone:      " + figures(r.heuristicOverOptimum().orElseThrow()));
        } else {
            out.println("  ECR / optimal ECR: optimum n/a (exceeds budget) on every instance");
        }
        out.println("  ECR / oracle ECR (all; the oracle is a lower bound, so these bound ECR / optimal from above):");
        out.println("    planner:                  " + figures(r.plannerOverOracle()));
        out.println("    its heuristic alone:      " + figures(r.heuristicOverOracle()));
        out.printf(Locale.ROOT, "  mean ECR: planner %.1f s, heuristic %.1f s, oracle %.1f s%n", r.plannerSeconds(),
                r.heuristicSeconds(), r.oracleSeconds());
    }

    private static String figures(RandomBench.Ratios x) {
        return String.format(Locale.ROOT, "mean %.4f, p95 %.4f, max %.4f", x.mean(), x.p95(), x.max());
    }

    private static ObjectMapper mapper() {
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }
}
