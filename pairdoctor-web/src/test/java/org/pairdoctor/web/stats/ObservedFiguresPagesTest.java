package org.pairdoctor.web.stats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pairdoctor.core.engine.Planners;
import org.pairdoctor.core.engine.Step;
import org.pairdoctor.core.knowledge.KnowledgeBase;
import org.pairdoctor.core.knowledge.ShippedKnowledge;
import org.pairdoctor.core.knowledge.StepText;
import org.pairdoctor.core.session.GuidedSession;
import org.pairdoctor.core.session.ModelSource;
import org.pairdoctor.core.session.Reply;
import org.pairdoctor.core.session.SessionService;
import org.pairdoctor.core.statistics.StatisticsCache;
import org.pairdoctor.store.Database;
import org.pairdoctor.store.JdbcOutcomeQueries;
import org.pairdoctor.store.JdbcSessionStore;
import org.pairdoctor.web.TestKnowledge;
import org.pairdoctor.web.WebServer;
import org.pairdoctor.web.content.BehaviourEntry;
import org.pairdoctor.web.content.Catalogue;
import org.pairdoctor.web.content.ClaimEntry;
import org.pairdoctor.web.content.DeviceEntry;
import org.pairdoctor.web.content.FaqEntry;
import org.pairdoctor.web.content.HostEntry;
import org.pairdoctor.web.content.KnowledgeCatalogue;
import org.pairdoctor.web.content.ProblemEntry;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Observed figures beside the estimates, counted from finished sessions in a real SQLite file and
 * read through the statistics cache, as {@code serve} wires them.
 */
class ObservedFiguresPagesTest {
    /** 30 of 40, 95% Wilson interval worked out by hand: 0.598 to 0.858. */
    static final String THIRTY_OF_FORTY = "fixed it for 75% (60\u201386%) of 40 people";
    static final String HOST = "ios";

    @TempDir
    Path dir;
    Database db;
    WebServer server;
    SessionService sessions;
    final ManualClock statsClock = new ManualClock();
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void openDatabase() {
        db = Database.openDirectory(dir);
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
        db.close();
    }

    /** A server over the store whose figures are recounted once a minute of {@link #statsClock}. */
    void serve(Catalogue catalogue, ModelSource models) {
        sessions = new SessionService(models, Planners.standard(), new JdbcSessionStore(db), Clock.systemUTC());
        // Recounts on the request thread, so a count that is due shows on the very next page.
        StatisticsCache cache = new StatisticsCache(new JdbcOutcomeQueries(db), statsClock, Duration.ofSeconds(60),
                Runnable::run);
        server = new WebServer(catalogue, sessions, Clock.systemUTC(), List.of(new StatisticsModule(cache)),
                WebServer.Settings.defaults(0), new CachedOutcomeFigures(cache)).start();
    }

    /** Answers questions (first answer) until the session's step is a repair; its id. */
    String walkToRepair(String sessionId) {
        GuidedSession s = sessions.load(sessionId);
        while (true) {
            Step step = s.current().orElseThrow().step();
            if (step instanceof Step.Repair) {
                return step.id();
            }
            assertThat(step).as("the walk reaches a repair step before escalating").isInstanceOf(Step.Ask.class);
            String answer = ((Step.Ask) step).question().answers().get(0).id();
            s = sessions.reply(sessionId, step.id(), Reply.answered(answer));
        }
    }

    /** {@code fixed} sessions where the first repair step worked, then {@code notFixed} where it did not. */
    String finishSessions(String problem, String host, int fixed, int notFixed) {
        String repair = null;
        for (int i = 0; i < fixed + notFixed; i++) {
            String id = sessions.start(TestKnowledge.DEVICE, host, problem, "web", Map.of()).record().id();
            String step = walkToRepair(id);
            assertThat(repair == null || repair.equals(step)).as("every walk reaches the same step").isTrue();
            repair = step;
            sessions.reply(id, step, i < fixed ? Reply.worked() : Reply.didNotHelp());
        }
        return repair;
    }

    /** A new session on the host, walked to the repair step; its step page. */
    String stepPageOfNewSession(String problem, String host) throws Exception {
        String id = sessions.start(TestKnowledge.DEVICE, host, problem, "web", Map.of()).record().id();
        walkToRepair(id);
        HttpResponse<String> r = get("/s/" + id);
        assertThat(r.statusCode()).isEqualTo(200);
        return r.body();
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void withFortyPeopleTheStepPageShowsHowOftenTheStepFixedIt() throws Exception {
        serve(new TestKnowledge(), new TestKnowledge());
        finishSessions(TestKnowledge.PROBLEM, HOST, 30, 10);
        String page = stepPageOfNewSession(TestKnowledge.PROBLEM, HOST);
        assertThat(page).contains("Observed with iPhone or iPad (iOS):").contains(THIRTY_OF_FORTY)
                .doesNotContain("Not enough outcomes yet");
    }

    @Test
    void belowTheThresholdNoFigureIsShown() throws Exception {
        serve(new TestKnowledge(), new TestKnowledge());
        finishSessions(TestKnowledge.PROBLEM, HOST, 20, 9);
        String page = stepPageOfNewSession(TestKnowledge.PROBLEM, HOST);
        assertThat(page).doesNotContain("fixed it for").doesNotContain("Observed")
                .contains("Not enough outcomes yet");
        assertThat(get("/behaviours").body()).doesNotContain("fixed it for");
    }

    @Test
    void fewPeopleOnTheHostFallBackToTheFigureOverEveryHost() throws Exception {
        serve(new TestKnowledge(), new TestKnowledge());
        finishSessions(TestKnowledge.PROBLEM, HOST, 30, 10);
        String page = stepPageOfNewSession(TestKnowledge.PROBLEM, "macos");
        assertThat(page).contains("<strong>Observed:</strong> " + THIRTY_OF_FORTY).doesNotContain("Observed with");
    }

    @Test
    void theStepJsonCarriesTheSameFigureAndNullBelowTheThreshold() throws Exception {
        serve(new TestKnowledge(), new TestKnowledge());
        String id = sessions.start(TestKnowledge.DEVICE, HOST, TestKnowledge.PROBLEM, "web", Map.of()).record().id();
        walkToRepair(id);
        JsonNode before = new ObjectMapper().readTree(get("/api/sessions/" + id + "/step").body());
        assertThat(before.at("/step/observed").isNull()).as(before.toString()).isTrue();

        finishSessions(TestKnowledge.PROBLEM, HOST, 30, 10);
        statsClock.advance(Duration.ofSeconds(61));
        JsonNode observed = new ObjectMapper().readTree(get("/api/sessions/" + id + "/step").body()).at("/step/observed");
        assertThat(observed.get("n").asLong()).isEqualTo(40);
        assertThat(observed.get("share").asDouble()).isEqualTo(0.75);
        assertThat(observed.get("low").asDouble()).isBetween(0.595, 0.605);
        assertThat(observed.get("high").asDouble()).isBetween(0.855, 0.865);
        assertThat(observed.get("host").asText()).isEqualTo(HOST);
    }

    @Test
    void newOutcomesShowOnceTheCacheIsDueWithoutARestart() throws Exception {
        serve(new TestKnowledge(), new TestKnowledge());
        finishSessions(TestKnowledge.PROBLEM, HOST, 20, 0);
        assertThat(stepPageOfNewSession(TestKnowledge.PROBLEM, HOST)).doesNotContain("fixed it for");

        finishSessions(TestKnowledge.PROBLEM, HOST, 10, 10);
        assertThat(stepPageOfNewSession(TestKnowledge.PROBLEM, HOST)).as("still the cached count")
                .doesNotContain("fixed it for");
        statsClock.advance(Duration.ofSeconds(61));
        assertThat(stepPageOfNewSession(TestKnowledge.PROBLEM, HOST)).contains(THIRTY_OF_FORTY);
    }

    @Test
    void theBehaviourTableShowsHowOftenGuidedHelpFixedTheRowsProblem() throws Exception {
        serve(new TestKnowledge(), new TestKnowledge());
        finishSessions(TestKnowledge.PROBLEM, HOST, 30, 10);
        String body = get("/behaviours").body();
        // The ten that did not help are still running, so not counted: 30 ended, all fixed, and
        // 100% (89-100%) worked out by hand.
        assertThat(body).contains("step-by-step help fixed it for 100% (89\u2013100%) of 30 people");
        assertThat(body.indexOf("Headphones missing from the list")).isLessThan(body.indexOf("fixed it for"));
        assertThat(body.indexOf("First-time pairing takes")).as("the row of another problem has no figure")
                .isLessThan(body.indexOf("Headphones missing from the list"));
        assertThat(body.split("fixed it for", -1)).hasSize(2);
    }

    @Test
    void thePairingGuideShowsTheFigureBesideTheStepThatWasTried() throws Exception {
        KnowledgeBase kb = KnowledgeBase.load(ShippedKnowledge.directory());
        KnowledgeCatalogue catalogue = new KnowledgeCatalogue(kb);
        serve(catalogue, kb);
        String problem = kb.problems().stream().filter(p -> "first-time-pairing".equals(p.situation())).findFirst()
                .orElseThrow().id();
        String step = finishSessions(problem, "android", 30, 10);
        String body = get("/guide/android").body();
        assertThat(body).contains("Observed with Android").contains("this step " + THIRTY_OF_FORTY);
        // Beside that step's own lines: its first line comes before the figure.
        String firstLine = catalogue.stepText(problem, step, "android", TestKnowledge.DEVICE).lines().get(0).text();
        assertThat(body.indexOf(escapeHtml(firstLine.substring(0, Math.min(20, firstLine.length())))))
                .isBetween(0, body.indexOf(THIRTY_OF_FORTY));
        assertThat(get("/guide/macos").body()).contains("<strong>Observed:</strong> this step " + THIRTY_OF_FORTY);
    }

    @Test
    void namesAroundTheFigureAreStillEscaped() throws Exception {
        TestKnowledge kb = new TestKnowledge();
        serve(new HostileNames(kb), kb);
        finishSessions(TestKnowledge.PROBLEM, HOST, 30, 10);
        String page = stepPageOfNewSession(TestKnowledge.PROBLEM, HOST);
        assertThat(page).contains(THIRTY_OF_FORTY).doesNotContain("<script>alert(1)</script>")
                .contains("Observed with iOS &lt;script&gt;alert(1)&lt;/script&gt;:");
    }

    private static String escapeHtml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&#34;")
                .replace("'", "&#39;");
    }

    /** The test knowledge with a host name that would run script if it were not escaped. */
    record HostileNames(TestKnowledge kb) implements Catalogue {
        @Override
        public List<DeviceEntry> devices() {
            return kb.devices();
        }

        @Override
        public List<HostEntry> hosts() {
            return List.of(new HostEntry(HOST, "iOS <script>alert(1)</script>", "ios", null));
        }

        @Override
        public List<ProblemEntry> problems() {
            return kb.problems();
        }

        @Override
        public StepText stepText(String problemId, String stepId, String hostId, String deviceId) {
            return kb.stepText(problemId, stepId, hostId, deviceId);
        }

        @Override
        public String causeTitle(String problemId, String causeId) {
            return kb.causeTitle(problemId, causeId);
        }

        @Override
        public String causeBasis(String problemId, String causeId) {
            return kb.causeBasis(problemId, causeId);
        }

        @Override
        public List<StepText.Line> pairingGuide(String hostId, String deviceId) {
            return kb.pairingGuide(hostId, deviceId);
        }

        @Override
        public List<BehaviourEntry> behaviours() {
            return kb.behaviours();
        }

        @Override
        public List<FaqEntry> faq() {
            return kb.faq();
        }

        @Override
        public List<ClaimEntry> claims(String deviceId) {
            return kb.claims(deviceId);
        }
    }

    /**
     * The real time plus what the test moved it on by, so the cache's refresh interval can pass at
     * once while sessions started just now still count.
     */
    static final class ManualClock extends Clock {
        private volatile Duration ahead = Duration.ZERO;

        void advance(Duration d) {
            ahead = ahead.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(ahead);
        }
    }
}
