package org.pairdoctor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pairdoctor.store.TestDatabases;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real {@code pairdoctor serve} process killed with SIGKILL while clients answer steps: after a
 * restart on the same data, every answer the server had acknowledged is there. Bounded: three
 * kills of about three seconds of load each, eight clients, traffic to 127.0.0.1 only.
 */
class CrashRecoveryTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern URL = Pattern.compile("serving on (http://\\S+/)");
    private static final int CLIENTS = 8;
    private static final int KILLS = 3;

    @TempDir
    Path data;

    @Test
    void everyAcknowledgedAnswerSurvivesKillNineOnSqlite() throws Exception {
        survives(List.of("--data", data.toString()));
    }

    @Test
    void everyAcknowledgedAnswerSurvivesKillNineOnPostgres() throws Exception {
        String url = TestDatabases.freshPostgresSchema();
        try {
            survives(List.of("--db", url));
        } finally {
            TestDatabases.dropPostgresSchema(url);
        }
    }

    /** Session id to the number of turns the server acknowledged. */
    private void survives(List<String> storage) throws Exception {
        Map<String, Integer> acknowledged = new ConcurrentHashMap<>();
        for (int kill = 0; kill < KILLS; kill++) {
            Server s = Server.start(storage);
            try {
                load(s.url, acknowledged, Duration.ofSeconds(3));
            } finally {
                s.process.destroyForcibly(); // SIGKILL: no shutdown hook, no graceful stop
                s.process.waitFor(10, TimeUnit.SECONDS);
            }
        }
        assertThat(acknowledged).as("sessions answered under load").isNotEmpty();
        Server s = Server.start(storage);
        try {
            HttpClient http = HttpClient.newHttpClient();
            int answers = 0;
            for (var e : acknowledged.entrySet()) {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(s.url + "api/sessions/" + e.getKey()))
                        .GET().build(), HttpResponse.BodyHandlers.ofString());
                assertThat(r.statusCode()).as("session %s after the kills", e.getKey()).isEqualTo(200);
                int stored = JSON.readTree(r.body()).get("history").size();
                assertThat(stored).as("turns of session %s", e.getKey()).isGreaterThanOrEqualTo(e.getValue());
                answers += e.getValue();
            }
            System.out.println("CrashRecoveryTest: " + KILLS + " kills, " + acknowledged.size() + " sessions, "
                    + answers + " acknowledged answers, 0 lost");
        } finally {
            s.process.destroy();
            s.process.waitFor(20, TimeUnit.SECONDS);
        }
    }

    /** Clients that start sessions and skip their steps, counting what the server acknowledged. */
    private static void load(String base, Map<String, Integer> acknowledged, Duration length) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger ok = new AtomicInteger();
        java.util.concurrent.atomic.AtomicReference<String> failure = new java.util.concurrent.atomic.AtomicReference<>("");
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        for (int c = 0; c < CLIENTS; c++) {
            pool.submit(() -> {
                while (!stop.get()) {
                    try {
                        walk(http, base, acknowledged, stop, ok);
                    } catch (Exception e) {
                        failure.set(e.toString());
                        return; // the server is gone
                    }
                }
            });
        }
        // Kill only once answers flow (a cold server on a busy machine takes a while), then after `length`.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (ok.get() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        Thread.sleep(length.toMillis());
        stop.set(true);
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.SECONDS);
        assertThat(ok.get()).as("answers acknowledged in this round; last failure: %s", failure.get()).isPositive();
    }

    private static void walk(HttpClient http, String base, Map<String, Integer> acknowledged, AtomicBoolean stop,
                             AtomicInteger ok) throws Exception {
        JsonNode s = post(http, base + "api/sessions",
                "{\"device\":\"sony-wh-1000xm2\",\"host\":\"android\",\"problem\":\"drops-every-few-minutes\"}", 201);
        String id = s.get("id").asText();
        JsonNode step = s.get("step");
        int turns = 0;
        while (!stop.get() && step != null && !step.isNull() && !"escalation".equals(step.get("kind").asText())) {
            JsonNode next = post(http, base + "api/sessions/" + id + "/answers",
                    "{\"step\":\"" + step.get("id").asText() + "\",\"reply\":\"skipped\"}", 200);
            acknowledged.put(id, ++turns);
            ok.incrementAndGet();
            step = next.get("step");
        }
    }

    private static JsonNode post(HttpClient http, String url, String body, int expected) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != expected) {
            throw new IllegalStateException(url + " answered " + r.statusCode() + ": " + r.body());
        }
        return JSON.readTree(r.body());
    }

    /** {@code pairdoctor serve} in its own JVM, as a person starts it. */
    private record Server(Process process, String url) {
        static Server start(List<String> storage) throws Exception {
            List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "org.pairdoctor.cli.Main", "serve", "--port", "0",
                    "--no-rate-limits", "--kb", CliRun.shippedKnowledge().toString()));
            cmd.addAll(storage);
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            StringBuilder seen = new StringBuilder();
            String line;
            while (System.nanoTime() < deadline && (line = out.readLine()) != null) {
                seen.append(line).append('\n');
                Matcher m = URL.matcher(line);
                if (m.find()) {
                    Thread drain = new Thread(() -> out.lines().forEach(l -> { }), "serve-output");
                    drain.setDaemon(true);
                    drain.start();
                    return new Server(p, m.group(1));
                }
            }
            p.destroyForcibly();
            throw new AssertionError("serve did not start within 60 s:\n" + seen);
        }
    }
}
