package org.pairdoctor.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pairdoctor.core.engine.Planners;
import org.pairdoctor.core.session.GuidedSession;
import org.pairdoctor.core.session.SessionService;
import org.pairdoctor.store.CachedSessionStore;
import org.pairdoctor.store.Database;
import org.pairdoctor.store.JdbcSessionStore;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outage as `serve` on SQLite meets it: the session is read from the server's cache, so the
 * failure comes from the asynchronous write of the answer (the group commit of a closed database);
 * it is still a 503 with Retry-After and no driver text.
 */
class CachedStorageOutageTest {
    @TempDir
    Path dir;

    @Test
    void anAnswerWhoseWriteFailsAfterACachedReadIs503() throws Exception {
        Database db = Database.openDirectory(dir);
        CachedSessionStore store = new CachedSessionStore(new JdbcSessionStore(db));
        TestKnowledge kb = new TestKnowledge();
        GuidedSession s = new SessionService(kb, Planners.standard(), store, Clock.systemUTC())
                .start(TestKnowledge.DEVICE, "ios", TestKnowledge.PROBLEM, "api", Map.of());
        String step = s.current().orElseThrow().step().id();
        try (RunningServer server = new RunningServer(store, List.of())) {
            assertThat(server.get("/api/sessions/" + s.record().id()).statusCode()).isEqualTo(200);
            db.close();
            HttpResponse<String> r = server.postJson("/api/sessions/" + s.record().id() + "/answers",
                    "{\"step\":\"" + step + "\",\"reply\":\"did-not-help\"}");
            assertThat(r.statusCode()).as(r.body()).isEqualTo(503);
            assertThat(r.headers().firstValue("Retry-After")).isPresent();
            assertThat(r.body()).doesNotContain("closed").doesNotContain("SQL").doesNotContain("Exception");
        }
    }
}
