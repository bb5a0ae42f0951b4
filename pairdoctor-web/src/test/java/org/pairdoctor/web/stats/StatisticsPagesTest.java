package org.pairdoctor.web.stats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pairdoctor.core.engine.Planners;
import org.pairdoctor.core.engine.Step;
import org.pairdoctor.core.session.GuidedSession;
import org.pairdoctor.core.session.Reply;
import org.pairdoctor.core.session.SessionService;
import org.pairdoctor.core.statistics.StatisticsCache;
import org.pairdoctor.store.Database;
import org.pairdoctor.store.JdbcOutcomeQueries;
import org.pairdoctor.store.JdbcSessionStore;
import org.pairdoctor.web.TestKnowledge;
import org.pairdoctor.web.WebServer;

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

/** The statistics module on a real server over a real SQLite file. */
class StatisticsPagesTest {
    @TempDir
    Path dir;
    Database db;
    WebServer server;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() {
        db = Database.openDirectory(dir);
        TestKnowledge kb = new TestKnowledge();
        SessionService sessions = new SessionService(kb, Planners.standard(), new JdbcSessionStore(db),
                Clock.systemUTC());
        for (int i = 0; i < 6; i++) {
            GuidedSession s = sessions.start(TestKnowledge.DEVICE, "ios", TestKnowledge.PROBLEM, "web", Map.of());
            Step first = s.current().orElseThrow().step();
            if (first instanceof Step.Repair) {
                sessions.reply(s.record().id(), first.id(), i % 3 == 0 ? Reply.didNotHelp() : Reply.worked());
            }
        }
        StatisticsCache cache = new StatisticsCache(new JdbcOutcomeQueries(db), Clock.systemUTC(), Duration.ZERO,
                StatisticsModuleProvider::inBackground);
        server = new WebServer(kb, sessions, Clock.systemUTC(), List.of(new StatisticsModule(cache)),
                WebServer.Settings.defaults(0)).start();
    }

    @AfterEach
    void stop() {
        server.stop();
        db.close();
    }

    <T> HttpResponse<T> get(String path, HttpResponse.BodyHandler<T> body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(), body);
    }

    @Test
    void thePageShowsTheCountedFiguresWithTheSecurityHeaders() throws Exception {
        var r = get("/stats", HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("<h1>Statistics</h1>").contains("6 sessions").contains(TestKnowledge.PROBLEM)
                .contains("/stats/charts/months.png").doesNotContain("<script>");
        assertThat(r.headers().firstValue("Content-Security-Policy")).isPresent();
    }

    @Test
    void everyPageLinksTheStatisticsFromItsFooter() throws Exception {
        for (String path : List.of("/", "/guide", "/faq")) {
            String body = get(path, HttpResponse.BodyHandlers.ofString()).body();
            assertThat(body.substring(body.indexOf("<footer"))).as(path).contains("<a href=\"/stats\">");
        }
        assertThat(get("/stats", HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
    }

    @Test
    void theJsonHasTheSameFiguresWithWilsonIntervals() throws Exception {
        var r = get("/stats.json", HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode j = new ObjectMapper().readTree(r.body());
        assertThat(j.at("/overall/sessions").asInt()).isEqualTo(6);
        JsonNode problem = j.at("/problems/" + TestKnowledge.PROBLEM);
        assertThat(problem.at("/hosts/ios/sessions").asInt()).isEqualTo(6);
        JsonNode step = problem.get("steps").get(0);
        assertThat(step.get("n").asInt()).isPositive();
        assertThat(step.get("low95").asDouble()).isLessThanOrEqualTo(step.get("rate").asDouble());
        assertThat(step.get("high95").asDouble()).isGreaterThanOrEqualTo(step.get("rate").asDouble());
        assertThat(j.get("months")).hasSize(1);
    }

    @Test
    void chartsArePngImagesAndUnknownChartsAreNotFound() throws Exception {
        for (String chart : List.of("months.png", "time-to-connected.png", "steps-0.png")) {
            var r = get("/stats/charts/" + chart, HttpResponse.BodyHandlers.ofByteArray());
            assertThat(r.statusCode()).as(chart).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("image/png"));
            assertThat(r.body()).startsWith(0x89, 'P', 'N', 'G');
        }
        assertThat(get("/stats/charts/steps-99.png", HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);
        assertThat(get("/stats/charts/x.svg", HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);
    }
}
