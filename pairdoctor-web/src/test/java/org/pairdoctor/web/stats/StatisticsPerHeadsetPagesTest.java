package org.pairdoctor.web.stats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pairdoctor.core.engine.Planners;
import org.pairdoctor.core.model.StepKind;
import org.pairdoctor.core.session.Outcome;
import org.pairdoctor.core.session.Reply;
import org.pairdoctor.core.session.SessionRecord;
import org.pairdoctor.core.session.SessionService;
import org.pairdoctor.core.session.Turn;
import org.pairdoctor.core.statistics.StatisticsCache;
import org.pairdoctor.store.Database;
import org.pairdoctor.store.JdbcOutcomeQueries;
import org.pairdoctor.store.JdbcSessionStore;
import org.pairdoctor.web.TestKnowledge;
import org.pairdoctor.web.WebServer;
import org.pairdoctor.web.content.DeviceEntry;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The statistics page per headset, on a real server over a real SQLite file: a row per headset with
 * its own numbers (a rate only from 30 ended sessions), the page and its JSON filtered to one
 * headset, and an unknown headset answered with 400 naming the known ones.
 */
class StatisticsPerHeadsetPagesTest {
    static final String XM4 = "sony-wh-1000xm4";
    static final String WF = "sony-wf-1000xm4";
    static final String GENERIC = "generic-headset";
    static final Instant T = Instant.parse("2026-11-10T10:00:00Z");

    @TempDir
    Path dir;
    Database db;
    WebServer server;
    final HttpClient http = HttpClient.newHttpClient();

    /** A session of a headset that ended {@code outcome} after one step, {@code seconds} after its start. */
    static void session(JdbcSessionStore store, String id, String device, String step, Outcome outcome, int seconds) {
        Instant at = T.plusSeconds(60L * id.hashCode() % 3600);
        store.create(new SessionRecord(id, device, "ios", TestKnowledge.PROBLEM, "web", Map.of(), at, List.of(),
                Outcome.IN_PROGRESS, null, null, 0));
        store.appendTurn(id, 0, new Turn(step, StepKind.ACTION,
                outcome == Outcome.FIXED ? Reply.worked() : Reply.didNotHelp(), at, at.plusSeconds(seconds)));
        store.finish(id, outcome, outcome == Outcome.FIXED ? step : null, at.plusSeconds(seconds));
    }

    @BeforeEach
    void start() {
        db = Database.openDirectory(dir);
        JdbcSessionStore store = new JdbcSessionStore(db);
        // The over-ear XM4: 40 ended sessions, 30 fixed in 2 min; the earbuds: 5 sessions, 1 fixed.
        for (int i = 0; i < 40; i++) {
            session(store, "a" + i, XM4, "toggle-bluetooth", i < 30 ? Outcome.FIXED : Outcome.ESCALATED, 120);
        }
        for (int i = 0; i < 5; i++) {
            session(store, "b" + i, WF, "put-in-case", i < 1 ? Outcome.FIXED : Outcome.ESCALATED, 600);
        }
        TestKnowledge kb = new TestKnowledge(List.of(new DeviceEntry(XM4, "Sony WH-1000XM4", "over-ear"),
                new DeviceEntry(WF, "Sony WF-1000XM4", "earbuds"),
                new DeviceEntry(GENERIC, "Bluetooth headset (another model)", "other")));
        SessionService sessions = new SessionService(kb, Planners.standard(), store, Clock.systemUTC());
        StatisticsCache cache = new StatisticsCache(new JdbcOutcomeQueries(db), Clock.systemUTC(), Duration.ZERO,
                Runnable::run, d -> d.startsWith("sony-") ? "sony-1000x" : "generic");
        server = new WebServer(kb, sessions, Clock.systemUTC(), List.of(new StatisticsModule(cache, kb.devices())),
                WebServer.Settings.defaults(0)).start();
    }

    @AfterEach
    void stop() {
        server.stop();
        db.close();
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void twoHeadsetsGiveTwoRowsWithTheirOwnNumbersAndTooFewSessionsInsteadOfARate() throws Exception {
        var r = get("/stats");
        assertThat(r.statusCode()).isEqualTo(200);
        String body = r.body();
        assertThat(body).contains("<h2>By headset</h2>").contains("<caption class=\"sr-only\">Sessions by headset</caption>")
                .contains("<th scope=\"col\">headset</th>").doesNotContain("<script>");
        String xm4 = row(body, "Sony WH-1000XM4");
        assertThat(xm4).contains("href=\"/stats?device=" + XM4 + "\"").contains("<td>sony-1000x</td>")
                .contains("<td>40</td>").contains("<td>75% (60\u201386%)</td>").contains("<td>25% (14\u201340%)</td>")
                .contains("<td>2.0 min</td>");
        String wf = row(body, "Sony WF-1000XM4");
        assertThat(wf).contains("<td>5</td>").contains("too few sessions (5 ended)")
                .contains("its family, sony-1000x: fixed 69%").doesNotContain("20% (")
                .contains("<td>10.0 min</td>");
        // No session of the generic headset: no row for it.
        assertThat(body).doesNotContain("Bluetooth headset (another model)</a>");
        assertThat(body).contains("<h3>By family of headsets</h3>")
                .contains("<caption class=\"sr-only\">Sessions by family of headsets</caption>");
    }

    /** The table row of a headset, by its name. */
    static String row(String body, String name) {
        int at = body.indexOf(">" + name + "</a></th>");
        assertThat(at).as(name + " has a row").isPositive();
        return body.substring(body.lastIndexOf("<tr>", at), body.indexOf("</tr>", at));
    }

    @Test
    void theFilterShowsOneHeadsetsFiguresAndChartsAndTheJsonHasEveryHeadset() throws Exception {
        var r = get("/stats?device=" + WF);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("<h1>Statistics: Sony WF-1000XM4</h1>").contains("5 sessions")
                .contains("/stats/devices/" + WF + "/charts/months.png").contains("put-in-case")
                .doesNotContain("toggle-bluetooth").contains("aria-current=\"page\"")
                .contains("<a href=\"/stats\">Show every headset</a>");
        var chart = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                + "/stats/devices/" + WF + "/charts/steps-0.png")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(chart.statusCode()).isEqualTo(200);
        assertThat(chart.body()).startsWith(0x89, 'P', 'N', 'G');
        assertThat(get("/stats/devices/nope/charts/months.png").statusCode()).isEqualTo(404);

        // A headset the knowledge base knows without sessions yet: the page says so.
        assertThat(get("/stats?device=" + GENERIC).body()).contains("No sessions with Bluetooth headset");

        JsonNode all = new ObjectMapper().readTree(get("/stats.json").body());
        assertThat(all.at("/overall/sessions").asInt()).isEqualTo(45);
        assertThat(all.at("/devices/" + XM4 + "/sessions").asInt()).isEqualTo(40);
        assertThat(all.at("/devices/" + XM4 + "/name").asText()).isEqualTo("Sony WH-1000XM4");
        assertThat(all.at("/devices/" + XM4 + "/resolution/successes").asInt()).isEqualTo(30);
        assertThat(all.at("/devices/" + XM4 + "/escalation/successes").asInt()).isEqualTo(10);
        assertThat(all.at("/devices/" + XM4 + "/enoughForRates").asBoolean()).isTrue();
        assertThat(all.at("/devices/" + WF + "/sessions").asInt()).isEqualTo(5);
        assertThat(all.at("/devices/" + WF + "/family").asText()).isEqualTo("sony-1000x");
        assertThat(all.at("/devices/" + WF + "/enoughForRates").asBoolean()).isFalse();
        assertThat(all.at("/families/sony-1000x/sessions").asInt()).isEqualTo(45);

        JsonNode one = new ObjectMapper().readTree(get("/stats.json?device=" + WF).body());
        assertThat(one.at("/device").asText()).isEqualTo(WF);
        assertThat(one.at("/overall/sessions").asInt()).isEqualTo(5);
        assertThat(one.at("/problems/" + TestKnowledge.PROBLEM + "/steps/0/step").asText()).isEqualTo("put-in-case");
    }

    @Test
    void anUnknownHeadsetIsA400NamingItAndTheKnownOnes() throws Exception {
        var r = get("/stats?device=sony-wh-9000");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
        assertThat(r.body()).contains("There is no headset 'sony-wh-9000' to show statistics of")
                .contains("Known headsets: " + XM4 + ", " + WF + ", " + GENERIC + ".")
                .doesNotContain("Exception");
        var json = get("/stats.json?device=sony-wh-9000");
        assertThat(json.statusCode()).isEqualTo(400);
        JsonNode j = new ObjectMapper().readTree(json.body());
        assertThat(j.get("message").asText()).contains("'sony-wh-9000'").contains(GENERIC);
    }
}
