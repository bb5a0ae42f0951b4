package org.pairdoctor.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.pairdoctor.store.Database;
import org.pairdoctor.store.JdbcSessionStore;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Manual benchmark: guided sessions through the REST API against a real SQLite file, load from
 * wrk ({@code bench/sessions.lua}). Run with
 * {@code ./mvnw -pl pairdoctor-web -am verify -Dtest=SessionThroughputBench -Dpairdoctor.bench=true
 * -Dsurefire.failIfNoSpecifiedTests=false}; results go to {@code target/bench-wrk.txt}.
 */
@EnabledIfSystemProperty(named = "pairdoctor.bench", matches = "true")
class SessionThroughputBench {
    @Test
    void answersAndNextStepsPerSecondAt64Clients(@TempDir Path data) throws Exception {
        // -Dpairdoctor.bench.store=memory measures the web layer alone (no database).
        boolean memory = "memory".equals(System.getProperty("pairdoctor.bench.store"));
        try (Database db = Database.openDirectory(data);
             RunningServer server = new RunningServer(memory ? new org.pairdoctor.core.session.InMemorySessionStore()
                     : new JdbcSessionStore(db), List.of())) {
            String url = "http://127.0.0.1:" + server.server.port();
            Path script = Path.of("bench", "sessions.lua").toAbsolutePath();
            run(List.of("wrk", "-t4", "-c64", "-d5s", "-s", script.toString(), url), "target/bench-warmup.txt");
            run(List.of("wrk", "-t2", "-c64", "-d" + System.getProperty("pairdoctor.bench.seconds", "20") + "s",
                    "--latency", "-s", script.toString(), url), "target/bench-wrk.txt");
        }
    }

    private static void run(List<String> cmd, String output) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(Path.of(output).toFile());
        pb.environment().put("PD_HOST", "android-samsung");
        pb.environment().put("PD_PROBLEM", TestKnowledge.PROBLEM);
        assertThat(pb.start().waitFor()).isZero();
    }
}
