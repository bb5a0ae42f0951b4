package org.pairdoctor.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pairdoctor.core.engine.Planners;
import org.pairdoctor.core.learning.LearnedModelSource;
import org.pairdoctor.core.learning.LearningRun;
import org.pairdoctor.core.learning.LearningSettings;
import org.pairdoctor.core.session.GuidedSession;
import org.pairdoctor.core.session.Reply;
import org.pairdoctor.core.session.SessionService;
import org.pairdoctor.store.Database;
import org.pairdoctor.store.JdbcParameterStore;
import org.pairdoctor.store.JdbcSessionStore;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A server whose sessions plan with learned numbers says so: the API's {@code basis} is
 * {@code learned} with the effective sessions and an interval, and the step page says "learned from
 * an effective N sessions" with the interval; a session on the authors' numbers says estimate.
 */
class LearnedNumbersTest {
    @TempDir
    Path dir;
    Database db;
    WebServer server;
    final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
        db.close();
    }

    private void serve(boolean learn) {
        Clock clock = Clock.systemUTC();
        db = Database.openDirectory(dir);
        JdbcSessionStore store = new JdbcSessionStore(db);
        JdbcParameterStore params = new JdbcParameterStore(db);
        TestKnowledge kb = new TestKnowledge();
        if (learn) {
            // People at a person's pace (each reading takes 20 s): learning does not believe instant replies.
            SessionService authored = new SessionService(kb, Planners.standard(), store, new PersonsPace(
                    clock.instant().minus(Duration.ofHours(2))));
            for (int i = 0; i < 60; i++) {
                GuidedSession s = authored.start(TestKnowledge.DEVICE, "android", TestKnowledge.PROBLEM, "web", Map.of());
                authored.reply(s.record().id(), s.current().orElseThrow().step().id(), Reply.worked());
            }
            LearningRun run = new LearningRun(LearningSettings.defaults(), kb, store, params, clock);
            assertThat(run.apply(run.propose())).isPresent();
        }
        SessionService sessions = new SessionService(new LearnedModelSource(kb, params, clock, Duration.ZERO),
                Planners.standard(), store, clock);
        server = new WebServer(kb, sessions, clock, List.of(), WebServer.Settings.defaults(0)).start();
    }

    /** A clock that moves 20 seconds every time it is read. */
    static final class PersonsPace extends Clock {
        private java.time.Instant now;

        PersonsPace(java.time.Instant start) {
            this.now = start;
        }

        @Override
        public java.time.ZoneId getZone() {
            return java.time.ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public synchronized java.time.Instant instant() {
            now = now.plusSeconds(20);
            return now;
        }
    }

    private JsonNode start() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri("/api/sessions"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"device\":\"" + TestKnowledge.DEVICE + "\",\"host\":\"android\",\"problem\":\""
                                + TestKnowledge.PROBLEM + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return new ObjectMapper().readTree(r.body());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    @Test
    void learnedNumbersAreSaidToBeLearnedWithTheirSessionsAndIntervals() throws Exception {
        serve(true);
        JsonNode s = start();
        JsonNode why = s.get("step").get("why");
        assertThat(why.get("basis").asText()).isEqualTo("learned");
        assertThat(why.get("sessions").asLong()).isEqualTo(60);
        assertThat(why.get("numbers").asText()).contains("learned from past sessions (an effective 60 sessions");
        JsonNode top = why.get("causes").get(0);
        assertThat(top.get("basis").asText()).isEqualTo("learned");
        assertThat(top.get("sessions").asLong()).isEqualTo(60);
        assertThat(top.get("interval").get("low").asDouble()).isLessThan(top.get("probability").asDouble());
        assertThat(top.get("interval").get("high").asDouble()).isGreaterThan(top.get("probability").asDouble());
        JsonNode step = s.get("step");
        assertThat(step.get("basis").asText()).isEqualTo("learned");
        assertThat(step.get("sessions").asLong()).isPositive();
        assertThat(step.get("interval").get("low").asDouble()).isLessThan(step.get("fixChance").asDouble());

        String page = http.send(HttpRequest.newBuilder(uri("/s/" + s.get("id").asText())).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(page).containsPattern("\\(learned from an effective 60 sessions, 95% interval \\d+\u2013\\d+%\\)")
                .contains("Chance this step fixes it now: ").doesNotContain("the authors&#39; estimates, updated")
                .doesNotContain("the authors' estimates, updated");
    }

    @Test
    void theAuthorsNumbersAreSaidToBeEstimates() throws Exception {
        serve(false);
        JsonNode s = start();
        JsonNode why = s.get("step").get("why");
        assertThat(why.get("basis").asText()).isEqualTo("estimate");
        assertThat(why.get("sessions").isNull()).isTrue();
        assertThat(why.get("causes").get(0).get("interval").isNull()).isTrue();
        assertThat(s.get("step").get("basis").asText()).isIn("estimate", "data");
        String page = http.send(HttpRequest.newBuilder(uri("/s/" + s.get("id").asText())).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(page).containsPattern("These probabilities are the authors(&#39;|') estimates")
                .doesNotContain("learned from");
    }
}
