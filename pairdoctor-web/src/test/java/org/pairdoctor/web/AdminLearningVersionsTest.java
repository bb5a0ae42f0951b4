package org.pairdoctor.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pairdoctor.web.admin.AdminSettings;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** /admin/learning lists the versions and rolls back only after a confirmation, through a real server and SQLite. */
class AdminLearningVersionsTest {
    @TempDir
    Path dir;
    AdminFixture app;

    @AfterEach
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    /** Two learned versions with different numbers (30, then 60 sessions). */
    private void twoVersions() throws Exception {
        app = new AdminFixture(dir, AdminSettings.of(AdminFixture.HASH));
        assertThat(app.login(AdminFixture.PASSWORD).statusCode()).isEqualTo(303);
        for (int i = 0; i < 30; i++) {
            app.fixedSession();
        }
        assertThat(app.form("/admin/learning/apply").headers().firstValue("Location").orElseThrow()).contains("saved=1");
        for (int i = 0; i < 30; i++) {
            app.fixedSession();
        }
        assertThat(app.form("/admin/learning/apply").headers().firstValue("Location").orElseThrow()).contains("saved=2");
    }

    @Test
    void theVersionsAreListedWithTheOneInUseAndARollbackForEachOther() throws Exception {
        twoVersions();
        String page = app.get("/admin/learning").body();
        assertThat(page).contains("<h2>Versions</h2>")
                .containsPattern("<td>2</td><td>\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC</td><td>learned from 60 sessions</td>\\s*"
                        + "<td><strong>in use</strong>")
                .contains("<td>1</td>").contains("learned from 30 sessions")
                .contains("the knowledge base's own numbers")
                .contains("name=\"version\" value=\"1\"").contains("name=\"version\" value=\"0\"")
                .doesNotContain("name=\"version\" value=\"2\"");
    }

    @Test
    void aRollbackAsksForConfirmationFirstAndThenSavesANewVersionEqualToTheOldOne() throws Exception {
        twoVersions();
        HttpResponse<String> ask = app.form("/admin/learning/rollback", "version", "1");
        assertThat(ask.statusCode()).isEqualTo(303);
        assertThat(ask.headers().firstValue("Location").orElseThrow()).contains("/admin/learning?rollback=1");
        assertThat(app.params.latestVersion()).as("nothing saved before the confirmation").isEqualTo(2);

        String confirm = app.get("/admin/learning?rollback=1").body();
        assertThat(confirm).contains("Roll back to version 1?")
                .contains("changes the probabilities and the order of steps that everyone starting a session sees")
                .contains("It saves version 3, which restores version 1\n        (learned from 30 sessions)")
                .contains("name=\"confirm\" value=\"yes\"").contains("Yes, roll back for everyone");

        HttpResponse<String> noToken = app.formBody("/admin/learning/rollback", "version=1&confirm=yes", null);
        assertThat(noToken.statusCode()).as("a post without the CSRF token").isEqualTo(403);
        assertThat(app.params.latestVersion()).isEqualTo(2);

        HttpResponse<String> done = app.form("/admin/learning/rollback", "version", "1", "confirm", "yes");
        assertThat(done.statusCode()).isEqualTo(303);
        assertThat(done.headers().firstValue("Location").orElseThrow()).contains("/admin/learning?rolledBack=3");
        assertThat(app.params.latestVersion()).isEqualTo(3);
        assertThat(app.params.version(3).orElseThrow().restoredFrom()).isEqualTo(1L);
        assertThat(app.params.version(3).orElseThrow().problems()).isEqualTo(app.params.version(1).orElseThrow().problems());
        assertThat(app.get("/admin/learning?rolledBack=3").body()).contains("Saved version 3")
                .contains("within a minute").contains("restores version 1 (learned from 30 sessions)");
    }

    @Test
    void aVersionThatDoesNotExistIsRefusedWithWhy() throws Exception {
        twoVersions();
        HttpResponse<String> r = app.form("/admin/learning/rollback", "version", "9", "confirm", "yes");
        assertThat(r.statusCode()).isEqualTo(303);
        String location = r.headers().firstValue("Location").orElseThrow();
        assertThat(app.get(location.substring(location.indexOf("/admin"))).body())
                .contains("That version cannot be restored: there is no version 9");
        assertThat(app.params.latestVersion()).isEqualTo(2);
    }
}
