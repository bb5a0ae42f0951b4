package org.pairdoctor.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pairdoctor.core.feedback.Comment;
import org.pairdoctor.web.admin.AdminSettings;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Reports from users through a real server on a real SQLite file. */
class FeedbackTest {
    @TempDir
    Path dir;
    AdminFixture app;
    String session;

    @BeforeEach
    void start() {
        app = new AdminFixture(dir, AdminSettings.of(AdminFixture.HASH));
        session = app.fixedSession();
    }

    @AfterEach
    void stop() {
        app.close();
    }

    private HttpResponse<String> send(String worked, String text) throws Exception {
        return app.form("/s/" + session + "/feedback", "worked", worked, "comment", text);
    }

    @Test
    void theFinishPageOffersTheStepsTriedAndNothingWithTheFixingStepChosen() throws Exception {
        String html = app.get("/s/" + session).body();
        assertThat(html).contains("Tell us what worked").contains("action=\"/s/" + session + "/feedback\"")
                .contains("name=\"csrf\"")
                .containsPattern("value=\"enter-pairing-mode\"\\s+required\\s+checked")
                .contains("value=\"nothing\"").contains("maxlength=\"1000\"");
    }

    @Test
    void aReportIsStoredAsPendingAndThanked() throws Exception {
        HttpResponse<String> r = send("enter-pairing-mode", "Held it 7 seconds, worked.");
        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(r.headers().firstValue("Location")).contains("/s/" + session + "?feedback=sent#feedback");
        assertThat(app.comments.withStatus(Comment.Status.PENDING, 10)).singleElement().satisfies(c -> {
            assertThat(c.sessionId()).isEqualTo(session);
            assertThat(c.problemId()).isEqualTo(TestKnowledge.PROBLEM);
            assertThat(c.workedStep()).isEqualTo("enter-pairing-mode");
            assertThat(c.text()).isEqualTo("Held it 7 seconds, worked.");
        });
        assertThat(app.get("/s/" + session + "?feedback=sent").body()).contains("Your report was received");
    }

    @Test
    void aReportWithoutTheCsrfTokenIsRefused() throws Exception {
        app.get("/");
        HttpResponse<String> r = app.formBody("/s/" + session + "/feedback", "worked=nothing&comment=hi", null);
        assertThat(r.statusCode()).isEqualTo(403);
        HttpResponse<String> wrong = app.formBody("/s/" + session + "/feedback",
                "csrf=AAAAAAAAAAAAAAAAAAAAAA&worked=nothing&comment=hi", null);
        assertThat(wrong.statusCode()).isEqualTo(403);
        assertThat(app.comments.withStatus(Comment.Status.PENDING, 10)).isEmpty();
    }

    @Test
    void textOverTheLimitIsRefusedWith400AndAtTheLimitAccepted() throws Exception {
        HttpResponse<String> tooLong = send("nothing", "x".repeat(1001));
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(tooLong.body()).contains("1001 characters").contains("limit is 1000");
        assertThat(app.comments.withStatus(Comment.Status.PENDING, 10)).isEmpty();
        assertThat(send("nothing", "x".repeat(1000)).statusCode()).isEqualTo(303);
    }

    @Test
    void aStepNotTriedOrASessionStillRunningIsRefused() throws Exception {
        assertThat(send("factory-reset", "").statusCode()).isEqualTo(400);
        assertThat(send("", "").statusCode()).isEqualTo(400);
        String running = app.runningSession();
        assertThat(app.form("/s/" + running + "/feedback", "worked", "nothing").statusCode()).isEqualTo(409);
        assertThat(app.form("/s/no-such-session/feedback", "worked", "nothing").statusCode()).isEqualTo(404);
        assertThat(app.comments.withStatus(Comment.Status.PENDING, 10)).isEmpty();
    }

    @Test
    void theSixthReportWithinTenMinutesFromOneAddressGets429() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(send("nothing", "report " + i).statusCode()).as("report %d", i + 1).isEqualTo(303);
        }
        HttpResponse<String> r = send("nothing", "one too many");
        assertThat(r.statusCode()).isEqualTo(429);
        assertThat(r.body()).contains("Too many reports").contains("5 reports in the last 10 minutes");
        assertThat(r.headers().firstValue("Retry-After")).hasValueSatisfying(v ->
                assertThat(Long.parseLong(v)).isBetween(1L, 120L));
        assertThat(app.comments.withStatus(Comment.Status.PENDING, 10)).hasSize(5);
    }

    @Test
    void aPendingCommentIsNotShownAndAnApprovedOneIsShownEscaped() throws Exception {
        String evil = "<script>alert('x')</script> & <b>bold</b>";
        assertThat(send("enter-pairing-mode", evil).statusCode()).isEqualTo(303);
        String other = app.fixedSession();

        assertThat(app.get("/s/" + other).body()).doesNotContain("alert(").doesNotContain("What others said");

        Comment c = app.comments.withStatus(Comment.Status.PENDING, 10).get(0);
        app.comments.moderate(c.id(), Comment.Status.APPROVED);

        String html = app.get("/s/" + other).body();
        assertThat(html).contains("What others said")
                .contains("&lt;script&gt;alert('x')&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;")
                .doesNotContain("<script>alert").doesNotContain("<b>bold")
                .contains("What worked: Put the headset in pairing mode");
    }
}
