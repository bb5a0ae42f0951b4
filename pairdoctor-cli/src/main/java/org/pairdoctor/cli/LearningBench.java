package org.pairdoctor.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.pairdoctor.core.engine.Planners;
import org.pairdoctor.core.learning.LearningCurve;
import org.pairdoctor.core.learning.LearningSettings;
import org.pairdoctor.core.simulation.Simulator;
import org.pairdoctor.store.Database;
import org.pairdoctor.store.JdbcParameterStore;
import org.pairdoctor.store.JdbcSessionStore;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code pairdoctor bench --learn N}: the learning experiment. Simulated people of the world go
 * through the real session service into a real SQLite file in a temporary directory (the same
 * storage and learning path real sessions take); at 0, 100, 500, 1000 and 5000 sessions (up to N)
 * it learns from everything stored and compares the planner's mean time with the learned numbers
 * against the planner knowing the world's true numbers, on {@code --sessions} fresh people per
 * problem. Output: {@code {"learning": [{"sessions", "meanSeconds", "knowingMeanSeconds", ...}]}}.
 */
final class LearningBench implements Callable<Integer> {
    private final BenchCommand command;

    LearningBench(BenchCommand command) {
        this.command = command;
    }

    @Override
    public Integer call() {
        try {
            return run();
        } catch (IOException e) {
            throw new org.pairdoctor.core.PairdoctorException("bench --learn: " + e.getMessage(), e);
        }
    }

    private int run() throws IOException {
        PrintWriter out = command.spec.commandLine().getOut();
        PrintWriter err = command.spec.commandLine().getErr();
        if (command.learn < 0) {
            err.println("pairdoctor bench: --learn must be at least 0");
            return 2;
        }
        Simulator sim = command.simulator();
        if (!command.problem.equals("all") && !sim.catalog().problems().contains(command.problem)) {
            err.println("pairdoctor bench: unknown problem '" + command.problem + "'; known: "
                    + String.join(", ", sim.catalog().problems()) + " or all");
            return 2;
        }
        if (command.host != null && !sim.catalog().hosts().contains(command.host)) {
            err.println("pairdoctor bench --learn: unknown host '" + command.host + "'; give one of "
                    + String.join(", ", sim.catalog().hosts()) + ", or leave --host out for the world's host mix");
            return 2;
        }
        List<String> problems = command.problem.equals("all") ? List.of() : List.of(command.problem);
        Path dir = Files.createTempDirectory("pairdoctor-learn-bench");
        LearningCurve.Result r;
        try (Database db = Database.openDirectory(dir)) {
            r = new LearningCurve(sim, new JdbcSessionStore(db), new JdbcParameterStore(db), Planners.standard())
                    .run(new LearningCurve.Options(problems, command.host, command.learn, command.seed,
                            command.sessions, LearningSettings.defaults(), "sony-wh-1000xm2"));
        } finally {
            delete(dir);
        }
        if (command.json) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("world", sim.world().origin());
            body.put("seed", command.seed);
            body.put("evaluatedPerPoint", r.evaluatedPerPoint());
            body.put("simulatedSessionsPerSecond", r.simulatedSessionsPerSecond());
            body.put("learnedSessionsPerSecond", r.learnedSessionsPerSecond());
            List<Map<String, Object>> points = new ArrayList<>();
            for (LearningCurve.Point p : r.points()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("sessions", p.sessions());
                m.put("meanSeconds", p.meanSeconds());
                m.put("knowingMeanSeconds", p.knowingMeanSeconds());
                m.put("regret", p.regret());
                m.put("learnSeconds", p.learnSeconds());
                m.put("parametersVersion", p.parametersVersion());
                points.add(m);
            }
            body.put("learning", points);
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(body));
        } else {
            out.printf(Locale.ROOT, "Learning in %s (seed %d), %d fresh simulated people per point:%n",
                    sim.world().origin(), command.seed, r.evaluatedPerPoint());
            out.printf(Locale.ROOT, "%9s %12s %14s %8s %10s%n", "sessions", "mean s", "knowing mean s", "regret",
                    "learn s");
            for (LearningCurve.Point p : r.points()) {
                out.printf(Locale.ROOT, "%9d %12.1f %14.1f %7.1f%% %10.2f%n", p.sessions(), p.meanSeconds(),
                        p.knowingMeanSeconds(), 100 * p.regret(), p.learnSeconds());
            }
            out.printf(Locale.ROOT, "Simulated sessions through the service and SQLite: %.1f/s; learning: %.0f sessions/s%n",
                    r.simulatedSessionsPerSecond(), r.learnedSessionsPerSecond());
        }
        return 0;
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
