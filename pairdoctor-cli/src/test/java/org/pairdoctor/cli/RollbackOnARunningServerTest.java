package org.pairdoctor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pairdoctor.core.engine.Planners;
import org.pairdoctor.core.engine.Step;
import org.pairdoctor.core.knowledge.KnowledgeBase;
import org.pairdoctor.core.knowledge.ShippedKnowledge;
import org.pairdoctor.core.session.GuidedSession;
import org.pairdoctor.core.session.Reply;
import org.pairdoctor.core.session.SessionService;
import org.pairdoctor.core.simulation.SimulationClock;
import org.pairdoctor.store.Database;
import org.pairdoctor.store.JdbcSessionStore;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real {@code pairdoctor serve} on a real SQLite file: after {@code learn} the first step it
 * offers moves to the step that worked; {@code learn --rollback 0} brings the knowledge base's first
 * step back, and {@code learn --rollback 1} the learned one again, each on the running server
 * within a minute and without a restart.
 */
class RollbackOnARunningServerTest {
    private static final Pattern URL = Pattern.compile("serving on (http://\\S+)");
    private static final String PROBLEM = "connected-no-sound";
    private static final String HOST = "android";
    private static final Duration WITHIN = Duration.ofSeconds(60);

    @TempDir
    Path data;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aRollbackRestoresThePreviousDecisionsOnARunningServerWithinAMinute() throws Exception {
        assertThat(Application.CHECK_PARAMETERS_EVERY).isLessThan(WITHIN);
        String authoredFirst = playSessionsWhereOnlyALaterStepWorks(300);
        assertThat(CliRun.of("learn", "--data", data.toString(), "--kb", CliRun.shippedKnowledge().toString()).out())
                .contains("Saved as version 1");

        Process serve = startServe();
        try {
            String url = url(serve);
            String learnedFirst = firstStep(url);
            assertThat(learnedFirst).as("learning moved the first step").isNotEqualTo(authoredFirst);

            CliRun back = CliRun.of("learn", "--data", data.toString(), "--rollback", "0");
            assertThat(back.out()).as(back.err()).contains("Saved version 2: it restores the knowledge base's own numbers.");
            Duration took = waitForFirstStep(url, authoredFirst);
            System.out.println("rollback to 0 followed after " + took.toMillis() + " ms");

            CliRun forward = CliRun.of("learn", "--data", data.toString(), "--rollback", "1");
            assertThat(forward.out()).as(forward.err()).contains("Saved version 3: it restores version 1.");
            took = waitForFirstStep(url, learnedFirst);
            System.out.println("rollback to 1 followed after " + took.toMillis() + " ms");
        } finally {
            serve.destroy();
            serve.waitFor(20, TimeUnit.SECONDS);
            serve.destroyForcibly();
        }
    }

    /**
     * Sessions in which every step fails until the first repair step after the knowledge base's first
     * one, which works; returns the knowledge base's first step.
     */
    private String playSessionsWhereOnlyALaterStepWorks(int count) {
        KnowledgeBase kb = KnowledgeBase.load(ShippedKnowledge.directory());
        Instant start = Instant.now().minus(Duration.ofDays(2));
        String first = null;
        try (Database db = Database.openDirectory(data)) {
            for (int i = 0; i < count; i++) {
                SimulationClock clock = new SimulationClock(start.plus(Duration.ofMinutes(i)));
                SessionService service = new SessionService(kb, Planners.standard(), new JdbcSessionStore(db), clock);
                GuidedSession s = service.start("sony-wh-1000xm2", HOST, PROBLEM, "test", Map.of());
                first = s.current().orElseThrow().step().id();
                while (!s.ended()) {
                    Step step = s.current().orElseThrow().step();
                    Reply reply;
                    if (step instanceof Step.Escalate) {
                        reply = Reply.accepted();
                    } else if (step instanceof Step.Ask) {
                        reply = Reply.skipped();
                    } else if (!step.id().equals(first) && !s.destructive()) {
                        reply = Reply.worked();
                    } else if (s.destructive() && !s.confirmed()) {
                        reply = Reply.skipped();
                    } else {
                        reply = Reply.didNotHelp();
                    }
                    clock.advanceSeconds(step.seconds());
                    s = service.reply(s.record().id(), step.id(), reply);
                }
            }
        }
        return first;
    }

    private Process startServe() throws Exception {
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.pairdoctor.cli.Main", "serve", "--port", "0",
                "--no-rate-limits", "--kb", CliRun.shippedKnowledge().toString(), "--data", data.toString());
        return new ProcessBuilder(cmd).redirectErrorStream(true).start();
    }

    private static String url(Process p) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        StringBuilder seen = new StringBuilder();
        String line;
        while (System.nanoTime() < deadline && (line = out.readLine()) != null) {
            seen.append(line).append('\n');
            Matcher m = URL.matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> out.lines().forEach(l -> { }), "serve-output");
                drain.setDaemon(true);
                drain.start();
                return m.group(1).replaceAll("/+$", "");
            }
        }
        throw new AssertionError("serve did not start:\n" + seen);
    }

    /** The first step a new session gets over the API. */
    private String firstStep(String url) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url + "/api/sessions"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"device\":\"sony-wh-1000xm2\",\"host\":\"" + HOST
                        + "\",\"problem\":\"" + PROBLEM + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        JsonNode body = new ObjectMapper().readTree(r.body());
        return body.get("step").get("id").asText();
    }

    /** Starts sessions every second until the first step is {@code expected}; fails after a minute. */
    private Duration waitForFirstStep(String url, String expected) throws Exception {
        long t0 = System.nanoTime();
        String seen = firstStep(url);
        while (!seen.equals(expected)) {
            assertThat(Duration.ofNanos(System.nanoTime() - t0)).as("the server still offers " + seen
                    + " first instead of " + expected).isLessThan(WITHIN);
            Thread.sleep(1000);
            seen = firstStep(url);
        }
        return Duration.ofNanos(System.nanoTime() - t0);
    }
}
