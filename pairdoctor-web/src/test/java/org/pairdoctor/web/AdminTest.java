package org.pairdoctor.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pairdoctor.core.feedback.Comment;
import org.pairdoctor.web.admin.AdminSettings;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The admin pages through a real server on a real SQLite file. */
class AdminTest {
    @TempDir
    Path dir;
    AdminFixture app;

    @AfterEach
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    private AdminFixture withPassword() {
        app = new AdminFixture(dir, AdminSettings.of(AdminFixture.HASH));
        return app;
    }

    private AdminFixture loggedIn() throws Exception {
        withPassword();
        assertThat(app.login(AdminFixture.PASSWORD).statusCode()).isEqualTo(303);
        return app;
    }

    @Test
    void withoutAPasswordSetTheAdminPagesSayHowToSetOneAndGrantNothing() throws Exception {
        app = new AdminFixture(dir, AdminSettings.disabled());
        app.fixedSession();
        for (String path : List.of("/admin", "/admin/login", "/admin/comments", "/admin/learning",
                "/admin/export/sessions.csv", "/admin/export/sessions.json")) {
            HttpResponse<String> r = app.get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(403);
            assertThat(r.body()).as(path).contains("PAIRDOCTOR_ADMIN_PASSWORD_HASH")
                    .contains("pairdoctor admin hash-password").doesNotContain("session_id");
        }
        HttpResponse<String> login = app.login("anything at all, it does not matter");
        assertThat(login.statusCode()).isEqualTo(403);
        assertThat(app.cookie("pd_admin")).isNull();
        assertThat(app.form("/admin/learning/apply").statusCode()).isEqualTo(403);
        assertThat(app.params.latestVersion()).isZero();
    }

    @Test
    void aWrongPasswordGets401AndAfterFiveAttemptsEvenTheRightOneWaits() throws Exception {
        withPassword();
        assertThat(app.get("/admin/comments").statusCode()).isEqualTo(303);
        assertThat(app.get("/admin/login").body()).contains("name=\"password\"").contains("name=\"csrf\"");
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> r = app.login("wrong password number " + i);
            assertThat(r.statusCode()).as("attempt %d", i + 1).isEqualTo(401);
            assertThat(r.body()).contains("That password is not right.");
        }
        HttpResponse<String> limited = app.login(AdminFixture.PASSWORD);
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.body()).contains("Too many login attempts");
        assertThat(limited.headers().firstValue("Retry-After")).isPresent();
        assertThat(app.cookie("pd_admin")).isNull();
        assertThat(app.get("/admin/comments").statusCode()).isEqualTo(303);
    }

    @Test
    void passwordChecksFromAllAddressesTogetherAreLimited(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.time.Clock clock = java.time.Clock.systemUTC();
        try (AdminFixture many = new AdminFixture(dir, AdminSettings.of(AdminFixture.HASH),
                new org.pairdoctor.core.feedback.RateLimiter(1000, java.time.Duration.ofMinutes(1), clock),
                new org.pairdoctor.core.feedback.RateLimiter(3, java.time.Duration.ofMinutes(1), clock))) {
            for (int i = 0; i < 3; i++) {
                assertThat(many.login("guess " + i).statusCode()).isEqualTo(401);
            }
            HttpResponse<String> limited = many.login(AdminFixture.PASSWORD);
            assertThat(limited.statusCode()).isEqualTo(429);
            assertThat(limited.body()).contains("from many addresses");
            assertThat(limited.headers().firstValue("Retry-After")).isPresent();
        }
    }

    @Test
    void aLoginWithoutTheCsrfTokenIsRefused() throws Exception {
        withPassword();
        app.get("/admin/login");
        HttpResponse<String> r = app.formBody("/admin/login", "password=" + AdminFixture.PASSWORD.replace(' ', '+'), null);
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(app.cookie("pd_admin")).isNull();
    }

    @Test
    void theRightPasswordGivesAStrictHttpOnlySessionCookieThatOpensThePages() throws Exception {
        withPassword();
        HttpResponse<String> r = app.login(AdminFixture.PASSWORD);
        assertThat(r.statusCode()).isEqualTo(303);
        String set = r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("pd_admin=")).findFirst()
                .orElseThrow();
        assertThat(set).contains("HttpOnly").containsIgnoringCase("SameSite=Strict").contains("Path=/admin")
                .doesNotContain("Secure");
        assertThat(app.get("/admin/comments").statusCode()).isEqualTo(200);
        assertThat(app.get("/admin").headers().firstValue("Location")).contains("/admin/comments");

        String token = app.cookie("pd_admin");
        app.forget("pd_admin");
        assertThat(app.get("/admin/comments").statusCode()).as("no cookie").isEqualTo(303);
        String forged = (token.charAt(0) == 'A' ? 'B' : 'A') + token.substring(1);
        assertThat(app.get("/admin/comments", "Cookie", "pd_admin=" + forged).statusCode()).as("forged").isEqualTo(303);
    }

    @Test
    void behindAnHttpsProxyTheCookieIsSecure() throws Exception {
        withPassword();
        app.get("/");
        HttpResponse<String> r = app.formBody("/admin/login", "csrf=" + app.cookie("pd_csrf") + "&password="
                + AdminFixture.PASSWORD.replace(' ', '+'), new String[] {"X-Forwarded-Proto", "https"});
        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(r.headers().allValues("Set-Cookie")).anySatisfy(c ->
                assertThat(c).startsWith("pd_admin=").contains("Secure"));
    }

    @Test
    void loggingOutEndsTheSession() throws Exception {
        loggedIn();
        String token = app.cookie("pd_admin");
        assertThat(app.form("/admin/logout").statusCode()).isEqualTo(303);
        assertThat(app.get("/admin/comments", "Cookie", "pd_admin=" + token).statusCode()).isEqualTo(303);
    }

    @Test
    void anAdminApprovesOneCommentAndRejectsAnotherAndOnlyTheApprovedOneIsPublished() throws Exception {
        loggedIn();
        String session = app.fixedSession();
        assertThat(app.form("/s/" + session + "/feedback", "worked", "enter-pairing-mode", "comment",
                "Good one <i>really</i>").statusCode()).isEqualTo(303);
        assertThat(app.form("/s/" + session + "/feedback", "worked", "nothing", "comment", "Spam spam spam")
                .statusCode()).isEqualTo(303);

        String queue = app.get("/admin/comments").body();
        assertThat(queue).contains("Good one &lt;i&gt;really&lt;/i&gt;").contains("Spam spam spam");
        List<Comment> pending = app.comments.withStatus(Comment.Status.PENDING, 10);
        Comment good = pending.stream().filter(c -> c.text().startsWith("Good")).findFirst().orElseThrow();
        Comment spam = pending.stream().filter(c -> c.text().startsWith("Spam")).findFirst().orElseThrow();

        assertThat(app.get("/s/" + session).body()).doesNotContain("Good one").doesNotContain("Spam");
        assertThat(app.form("/admin/comments/" + good.id() + "/approve").statusCode()).isEqualTo(303);
        assertThat(app.form("/admin/comments/" + spam.id() + "/reject").statusCode()).isEqualTo(303);
        assertThat(app.get("/admin/comments?done=approved").body()).contains("Approved").contains("Nothing to review");

        String published = app.get("/s/" + session).body();
        assertThat(published).contains("Good one &lt;i&gt;really&lt;/i&gt;").doesNotContain("Spam spam");
        assertThat(app.form("/admin/comments/no-such-comment/approve").statusCode()).isEqualTo(404);
    }

    @Test
    void moderationNeedsALogin() throws Exception {
        withPassword();
        String session = app.fixedSession();
        app.form("/s/" + session + "/feedback", "worked", "nothing", "comment", "hello");
        Comment c = app.comments.withStatus(Comment.Status.PENDING, 10).get(0);
        assertThat(app.form("/admin/comments/" + c.id() + "/approve").statusCode()).isEqualTo(303);
        assertThat(app.comments.find(c.id()).orElseThrow().status()).isEqualTo(Comment.Status.PENDING);
    }

    @Test
    void theExportStreamsTenThousandSessionsAsTheStoreReadsThem() throws Exception {
        loggedIn();
        int n = 10_000;
        long t0 = 1_780_000_000_000_000L;
        app.db.write(h -> h.inTransaction(tx -> {
            var sessions = tx.prepareBatch("INSERT INTO sessions (id, device_id, host_id, problem_id, channel, context,"
                    + " started_at_us, outcome, fixed_by, ended_at_us, parameters_version) VALUES (?, 'd', 'h', 'p',"
                    + " 'api', '{}', ?, 'FIXED', 'fix-b', ?, 0)");
            var turns = tx.prepareBatch("INSERT INTO turns (session_id, idx, step_id, kind, reply, shown_at_us,"
                    + " answered_at_us) VALUES (?, ?, ?, 'ACTION', ?, ?, ?)");
            for (int i = 0; i < n; i++) {
                String id = String.format("bulk-%06d", i);
                long at = t0 + i * 1_000_000L;
                sessions.add(id, at, at + 60_000_000L);
                turns.add(id, 0, "fix-a", "did-not-help", at, at + 30_000_000L);
                turns.add(id, 1, "fix-b", "worked", at + 30_000_000L, at + 60_000_000L);
            }
            sessions.execute();
            turns.execute();
            return null;
        }));

        HttpResponse<String> csv = app.get("/admin/export/sessions.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        // Written as it is read: no length known up front (a body built in memory would have one).
        assertThat(csv.headers().firstValue("Content-Length")).isEmpty();
        List<String> lines = csv.body().lines().toList();
        assertThat(lines).hasSize(1 + 2 * n);
        assertThat(lines.get(1)).startsWith("bulk-000000,");
        assertThat(lines.get(2 * n)).startsWith(String.format("bulk-%06d,", n - 1)).contains(",2,fix-b,action,worked,");

        HttpResponse<String> json = app.get("/admin/export/sessions.json");
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.headers().firstValue("Content-Length")).isEmpty();
        JsonNode all = new ObjectMapper().readTree(json.body()).get("sessions");
        assertThat(all).hasSize(n);
        assertThat(all.get(n - 1).get("turns")).hasSize(2);
    }

    @Test
    void anEmptyExportIsJustItsHeader() throws Exception {
        loggedIn();
        assertThat(app.get("/admin/export/sessions.csv").body().lines().toList()).hasSize(1);
        assertThat(new ObjectMapper().readTree(app.get("/admin/export/sessions.json").body()).get("sessions")).isEmpty();
    }

    @Test
    void theExportHasEverySessionWithItsTurnsAsCsvAndJson() throws Exception {
        loggedIn();
        String fixed = app.fixedSession();
        String running = app.runningSession();

        HttpResponse<String> csv = app.get("/admin/export/sessions.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(csv.headers().firstValue("Content-Disposition")).contains("attachment; filename=\"pairdoctor-sessions.csv\"");
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.get(0)).isEqualTo("session_id,device,host,problem,channel,started_at,outcome,fixed_by,"
                + "ended_at,parameters_version,context,turn,step,kind,reply,shown_at,answered_at");
        assertThat(lines).hasSize(3);
        String fixedRow = lines.stream().filter(l -> l.startsWith(fixed)).findFirst().orElseThrow();
        assertThat(fixedRow).contains(",sony-wh-1000xm2,android-samsung," + TestKnowledge.PROBLEM + ",web,")
                .contains(",fixed,enter-pairing-mode,").contains(",1,enter-pairing-mode,action,worked,")
                // a context value a spreadsheet would run as a formula is defused and quoted
                .contains("\"{\"\"vendor\"\":\"\"=cmd|' /C calc'!A0\"\"}\"");
        assertThat(lines.stream().filter(l -> l.startsWith(running)).findFirst().orElseThrow())
                .contains(",in_progress,").endsWith(",,,,,,");

        HttpResponse<String> json = app.get("/admin/export/sessions.json");
        assertThat(json.statusCode()).isEqualTo(200);
        JsonNode sessions = new ObjectMapper().readTree(json.body()).get("sessions");
        assertThat(sessions).hasSize(2);
        JsonNode f = null;
        for (JsonNode s : sessions) {
            if (s.get("id").asText().equals(fixed)) {
                f = s;
            }
        }
        assertThat(f).isNotNull();
        assertThat(f.get("outcome").asText()).isEqualTo("fixed");
        assertThat(f.get("fixedBy").asText()).isEqualTo("enter-pairing-mode");
        assertThat(f.get("context").get("vendor").asText()).isEqualTo("=cmd|' /C calc'!A0");
        assertThat(f.get("turns")).hasSize(1);
        assertThat(f.get("turns").get(0).get("step").asText()).isEqualTo("enter-pairing-mode");
        assertThat(f.get("turns").get(0).get("reply").asText()).isEqualTo("worked");
        assertThat(java.time.Instant.parse(f.get("startedAt").asText())).isBeforeOrEqualTo(
                java.time.Instant.parse(f.get("endedAt").asText()));
    }

    @Test
    void theLearningPageShowsADryRunAndApplySavesANewVersion() throws Exception {
        loggedIn();
        for (int i = 0; i < 30; i++) {
            app.fixedSession();
        }
        String dry = app.get("/admin/learning").body();
        assertThat(dry).contains("learned from <strong>30</strong> sessions").contains("the knowledge base's own numbers")
                .contains(TestKnowledge.PROBLEM).contains("action=\"/admin/learning/apply\"");
        assertThat(app.params.latestVersion()).as("a dry run saves nothing").isZero();

        HttpResponse<String> apply = app.form("/admin/learning/apply");
        assertThat(apply.statusCode()).isEqualTo(303);
        assertThat(apply.headers().firstValue("Location")).contains("/admin/learning?saved=1");
        assertThat(app.params.latestVersion()).isEqualTo(1);
        assertThat(app.get("/admin/learning?saved=1").body()).contains("Saved as version 1").contains("Compared with")
                .contains("version 1");
    }
}
