package org.pairdoctor.web.admin;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pairdoctor.core.PairdoctorException;
import org.pairdoctor.core.engine.Planners;
import org.pairdoctor.core.session.SessionService;
import org.pairdoctor.core.statistics.Feedback;
import org.pairdoctor.store.Database;
import org.pairdoctor.store.JdbcFeedbackStore;
import org.pairdoctor.store.JdbcSessionStore;
import org.pairdoctor.web.TestKnowledge;
import org.pairdoctor.web.WebServer;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Feedback and moderation on a real server over a real SQLite file. */
class AdminModuleTest {
    static final String PASSWORD = "correct horse battery staple";
    @TempDir
    Path dir;
    Database db;
    WebServer server;
    JdbcFeedbackStore feedback;
    String sessionId;
    final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    void start(AdminPassword password) {
        db = Database.openDirectory(dir);
        TestKnowledge kb = new TestKnowledge();
        SessionService sessions = new SessionService(kb, Planners.standard(), new JdbcSessionStore(db), Clock.systemUTC());
        sessionId = sessions.start(TestKnowledge.DEVICE, "ios", TestKnowledge.PROBLEM, "web", Map.of()).record().id();
        feedback = new JdbcFeedbackStore(db);
        server = new WebServer(kb, sessions, Clock.systemUTC(),
                List.of(new AdminModule(feedback, new JdbcSessionStore(db), password, Clock.systemUTC())), WebServer.Settings.defaults(0)).start();
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
        if (db != null) {
            db.close();
        }
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
        StringBuilder b = new StringBuilder();
        form.forEach((k, v) -> b.append(b.length() == 0 ? "" : "&").append(k).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(b.toString())).build(), HttpResponse.BodyHandlers.ofString());
    }

    static String csrf(String html) {
        Matcher m = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(html);
        assertThat(m.find()).as("a CSRF field in the form").isTrue();
        return m.group(1);
    }

    @Test
    void withoutAPasswordTheAdminPagesDoNotExist() throws Exception {
        start(null);
        assertThat(get("/admin").statusCode()).isEqualTo(404);
        assertThat(get("/admin").body()).contains(AdminPassword.ENV);
    }

    @Test
    void feedbackIsRateLimitedPerClientAndWaitsForModeration() throws Exception {
        start(AdminPassword.parse(AdminPassword.hash(PASSWORD.toCharArray())).orElseThrow());
        String token = csrf(get("/feedback/" + sessionId).body());
        assertThat(post("/feedback/" + sessionId, Map.of("comment", "no token")).statusCode()).isEqualTo(403);
        for (int i = 0; i < AdminModule.PER_CLIENT_PER_HOUR; i++) {
            var r = post("/feedback/" + sessionId, Map.of("csrf", token, "worked", "enter-pairing-mode",
                    "comment", "<script>alert(" + i + ")</script> it worked"));
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).contains("Thank you");
        }
        assertThat(post("/feedback/" + sessionId, Map.of("csrf", token, "comment", "again")).statusCode()).isEqualTo(429);
        assertThat(feedback.withStatus(Feedback.Status.PENDING)).hasSize(AdminModule.PER_CLIENT_PER_HOUR);

        // Moderation: a wrong password is refused, the right one shows the comments escaped.
        String adminToken = csrf(get("/admin").body());
        assertThat(post("/admin/login", Map.of("csrf", adminToken, "password", "wrong")).statusCode()).isEqualTo(401);
        assertThat(post("/admin/login", Map.of("csrf", adminToken, "password", PASSWORD)).statusCode()).isEqualTo(303);
        var page = get("/admin");
        assertThat(page.body()).contains("&lt;script&gt;alert(0)&lt;/script&gt; it worked").doesNotContain("<script>alert");
        String id = feedback.withStatus(Feedback.Status.PENDING).get(0).id();
        assertThat(post("/admin/feedback/" + id, Map.of("csrf", csrf(page.body()), "action", "approve")).statusCode())
                .isEqualTo(303);
        assertThat(feedback.withStatus(Feedback.Status.APPROVED)).extracting(Feedback::id).containsExactly(id);

        var csv = get("/admin/export.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).startsWith("id,problem,host,started_at,outcome,fixed_by,ended_at\n" + sessionId + ","
                + TestKnowledge.PROBLEM + ",ios,");
        assertThat(get("/admin/export.json").body()).contains("\"id\":\"" + sessionId + "\"");
    }

    @Test
    void exportsNeedALoginAndCellsCannotBecomeFormulas() throws Exception {
        start(AdminPassword.parse(AdminPassword.hash(PASSWORD.toCharArray())).orElseThrow());
        assertThat(get("/admin/export.csv").statusCode()).isEqualTo(403);
        assertThat(AdminModule.cell("=HYPERLINK(1)")).isEqualTo("'=HYPERLINK(1)");
        assertThat(AdminModule.cell("a,\"b\"")).isEqualTo("\"a,\"\"b\"\"\"");
    }

    @Test
    void passwordHashesVerifyAndBadOnesAreRejectedClearly() {
        AdminPassword p = AdminPassword.parse(AdminPassword.hash("s3cret-enough".toCharArray())).orElseThrow();
        assertThat(p.matches("s3cret-enough".toCharArray())).isTrue();
        assertThat(p.matches("s3cret-enougH".toCharArray())).isFalse();
        assertThat(AdminPassword.parse("  ")).isEmpty();
        assertThatThrownBy(() -> AdminPassword.parse("plaintext")).isInstanceOf(PairdoctorException.class)
                .hasMessageContaining(AdminPassword.ENV);
    }
}
