package org.pairdoctor.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pairdoctor.core.engine.Planners;
import org.pairdoctor.core.feedback.Comment;
import org.pairdoctor.core.learning.LearningRun;
import org.pairdoctor.core.learning.LearningSettings;
import org.pairdoctor.core.session.GuidedSession;
import org.pairdoctor.core.session.Reply;
import org.pairdoctor.core.session.SessionService;
import org.pairdoctor.store.Database;
import org.pairdoctor.store.JdbcCommentStore;
import org.pairdoctor.store.JdbcParameterStore;
import org.pairdoctor.store.JdbcSessionStore;
import org.pairdoctor.web.admin.AdminModule;
import org.pairdoctor.web.admin.AdminSettings;
import org.pairdoctor.web.admin.FeedbackModule;
import org.pairdoctor.web.stats.StatisticsModule;
import org.pairdoctor.web.stats.StatisticsModuleProvider;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A storage outage (the database closed under a running server, as when it is full, down or gone):
 * every route that needs the database answers 503 with {@code Retry-After}, quickly, without a word
 * of the driver's text, and logs one line with the detail; the routes that do not need it keep
 * working. Every route the server and its modules register is listed here, so a new one must say
 * which it is.
 */
class StorageOutageTest {
    /** Words of the drivers' and the pool's messages that must never reach a client. */
    private static final List<String> DRIVER_WORDS = List.of("SQL", "sqlite", "jdbc", "Hikari", "pool", "closed",
            "Exception", "JDBI", "postgres");

    @TempDir
    static Path dir;
    static Database db;
    static RunningServer server;
    static String session;
    static final Map<String, String> cookies = new LinkedHashMap<>();

    @BeforeAll
    static void start() throws Exception {
        Clock clock = Clock.systemUTC();
        db = Database.openDirectory(dir);
        JdbcSessionStore store = new JdbcSessionStore(db);
        JdbcCommentStore comments = new JdbcCommentStore(db);
        TestKnowledge kb = new TestKnowledge();
        SessionService sessions = new SessionService(kb, Planners.standard(), store, clock);
        List<WebModule> modules = List.of(
                new FeedbackModule(kb, sessions, comments, FeedbackModule.defaultLimiter(clock), clock),
                new AdminModule(AdminSettings.of(AdminFixture.HASH), comments, store, Optional.of(new LearningRun(
                        LearningSettings.defaults(), kb, store, new JdbcParameterStore(db), clock)),
                        AdminModule.defaultLoginLimiter(clock), clock),
                new StatisticsModule(StatisticsModuleProvider.cache(store, clock)),
                new HealthModule(db::writeProblem));
        server = new RunningServer(store, modules);
        GuidedSession s = sessions.start(TestKnowledge.DEVICE, "ios", TestKnowledge.PROBLEM, "web", Map.of());
        session = s.record().id();
        sessions.reply(session, s.current().orElseThrow().step().id(), Reply.worked());
        comments.add(new Comment("c1", session, TestKnowledge.PROBLEM, Comment.NOTHING, "thanks",
                Instant.now(), Comment.Status.PENDING));
        send("GET", "/", null);                                            // the CSRF cookie
        assertThat(send("POST", "/admin/login", "password=" + enc(AdminFixture.PASSWORD)).statusCode()).isEqualTo(303);
        assertThat(send("GET", "/readyz", null).statusCode()).isEqualTo(200);
        assertThat(send("GET", "/admin/comments", null).statusCode()).isEqualTo(200);
    }

    @AfterAll
    static void stop() {
        server.close();
        db.close();
    }

    /** One request per route: method, route, concrete path, form or JSON body. */
    record Probe(String method, String route, String path, String body) {
    }

    static List<Probe> needingTheDatabase() {
        String s = session;
        return List.of(
                new Probe("POST", "/api/sessions", "/api/sessions", "{\"device\":\"" + TestKnowledge.DEVICE
                        + "\",\"host\":\"ios\",\"problem\":\"" + TestKnowledge.PROBLEM + "\"}"),
                new Probe("GET", "/api/sessions/{id}", "/api/sessions/" + s, null),
                new Probe("GET", "/api/sessions/{id}/step", "/api/sessions/" + s + "/step", null),
                new Probe("POST", "/api/sessions/{id}/answers", "/api/sessions/" + s + "/answers",
                        "{\"step\":\"enter-pairing-mode\",\"reply\":\"worked\"}"),
                new Probe("POST", "/sessions", "/sessions", "device=" + TestKnowledge.DEVICE + "&host=ios&problem="
                        + TestKnowledge.PROBLEM),
                new Probe("GET", "/s/{id}", "/s/" + s, null),
                new Probe("POST", "/s/{id}/answer", "/s/" + s + "/answer", "step=enter-pairing-mode&reply=worked"),
                new Probe("POST", "/s/{id}/feedback", "/s/" + s + "/feedback", "worked=nothing&comment=hi"),
                new Probe("GET", "/admin/comments", "/admin/comments", null),
                new Probe("POST", "/admin/comments/{id}/approve", "/admin/comments/c1/approve", ""),
                new Probe("POST", "/admin/comments/{id}/reject", "/admin/comments/c1/reject", ""),
                new Probe("GET", "/admin/learning", "/admin/learning", null),
                new Probe("POST", "/admin/learning/apply", "/admin/learning/apply", ""),
                new Probe("POST", "/admin/learning/rollback", "/admin/learning/rollback", "version=0&confirm=yes"),
                new Probe("GET", "/admin/export/sessions.csv", "/admin/export/sessions.csv", null),
                new Probe("GET", "/admin/export/sessions.json", "/admin/export/sessions.json", null),
                new Probe("GET", "/stats", "/stats", null),
                new Probe("GET", "/stats.json", "/stats.json", null),
                new Probe("GET", "/stats/charts/{name}", "/stats/charts/months.png", null),
                new Probe("GET", "/stats/devices/{device}/charts/{name}", "/stats/devices/" + TestKnowledge.DEVICE
                        + "/charts/months.png", null),
                new Probe("GET", "/readyz", "/readyz", null));
    }

    static List<Probe> withoutTheDatabase() {
        return List.of(
                new Probe("GET", "/", "/", null),
                new Probe("GET", "/openapi.json", "/openapi.json", null),
                new Probe("GET", "/guide", "/guide", null),
                new Probe("GET", "/guide/{host}", "/guide/ios", null),
                new Probe("GET", "/behaviours", "/behaviours", null),
                new Probe("GET", "/faq", "/faq", null),
                new Probe("GET", "/facts", "/facts", null),
                new Probe("GET", "/healthz", "/healthz", null),
                new Probe("GET", "/favicon.ico", "/favicon.ico", null),
                new Probe("GET", "/manifest.webmanifest", "/manifest.webmanifest", null),
                new Probe("GET", "/offline", "/offline", null),
                new Probe("GET", "/sw.js", "/sw.js", null),
                new Probe("GET", "/admin", "/admin", null),
                new Probe("GET", "/admin/login", "/admin/login", null),
                new Probe("POST", "/admin/login", "/admin/login", "password=" + enc(AdminFixture.PASSWORD)),
                new Probe("POST", "/admin/logout", "/admin/logout", ""));
    }

    @Test
    void everyRouteIsListedHere() {
        Set<String> listed = new TreeSet<>();
        for (Probe p : needingTheDatabase()) {
            listed.add(p.method() + " " + p.route());
        }
        for (Probe p : withoutTheDatabase()) {
            listed.add(p.method() + " " + p.route());
        }
        Set<String> registered = new TreeSet<>();
        for (WebServer.Route r : server.server.routes()) {
            registered.add(r.method() + " " + r.path());
        }
        assertThat(listed).isEqualTo(registered);
    }

    @Test
    void withTheDatabaseClosedEveryRouteNeedingItIs503WithRetryAfterAndNoDriverText() throws Exception {
        db.close();
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream realErr = System.err;
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
        List<String> problems = new ArrayList<>();
        try {
            for (Probe p : needingTheDatabase()) {
                long t0 = System.nanoTime();
                HttpResponse<String> r = send(p.method(), p.path(), p.body());
                long ms = (System.nanoTime() - t0) / 1_000_000;
                if (r.statusCode() != 503 || r.headers().firstValue("Retry-After").isEmpty() || ms > 1_000) {
                    problems.add(p.method() + " " + p.path() + ": " + r.statusCode() + " after " + ms + " ms, Retry-After "
                            + r.headers().firstValue("Retry-After").orElse("missing"));
                }
                for (String word : DRIVER_WORDS) {
                    if (r.body().toLowerCase().contains(word.toLowerCase())) {
                        problems.add(p.method() + " " + p.path() + " shows '" + word + "': " + r.body());
                    }
                }
            }
            for (Probe p : withoutTheDatabase()) {
                HttpResponse<String> r = send(p.method(), p.path(), p.body());
                if (r.statusCode() >= 400) {
                    problems.add(p.method() + " " + p.path() + " needs no database but answered " + r.statusCode());
                }
            }
        } finally {
            System.setErr(realErr);
            realErr.print(log.toString(StandardCharsets.UTF_8));
        }
        assertThat(problems).isEmpty();
        String logged = log.toString(StandardCharsets.UTF_8);
        assertThat(logged).doesNotContain("\tat ").doesNotContain("ERROR");
        // One line with the detail for each failed request (the readiness check logs its own).
        assertThat(logged.lines().filter(l -> l.contains("unavailable on ")).count())
                .isEqualTo(needingTheDatabase().size() - 1);
        assertThat(logged).contains("unavailable on GET /api/sessions/" + session + ": ").contains("not ready: ");
    }

    static HttpResponse<String> send(String method, String path, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(server.uri(path));
        if (body == null) {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        } else if (path.startsWith("/api/")) {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            String form = "csrf=" + cookies.getOrDefault("pd_csrf", "") + (body.isEmpty() ? "" : "&" + body);
            b.header("Content-Type", "application/x-www-form-urlencoded")
                    .method(method, HttpRequest.BodyPublishers.ofString(form));
        }
        if (!cookies.isEmpty()) {
            StringBuilder c = new StringBuilder();
            cookies.forEach((k, v) -> c.append(c.length() == 0 ? "" : "; ").append(k).append('=').append(v));
            b.header("Cookie", c.toString());
        }
        HttpResponse<String> r = server.http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        for (String set : r.headers().allValues("Set-Cookie")) {
            Matcher m = Pattern.compile("^([^=;]+)=([^;]*)").matcher(set);
            if (m.find() && !m.group(2).isEmpty()) {
                cookies.put(m.group(1), m.group(2));
            }
        }
        return r;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
