package org.pairdoctor.cli;

import org.junit.jupiter.api.Test;
import org.pairdoctor.core.engine.Planners;
import org.pairdoctor.core.knowledge.KnowledgeBase;
import org.pairdoctor.core.session.InMemorySessionStore;
import org.pairdoctor.core.session.SessionService;
import org.pairdoctor.web.RateLimits;
import org.pairdoctor.web.WebServer;
import org.pairdoctor.web.content.KnowledgeCatalogue;

import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code pairdoctor vignettes --api URL}: the same walk against a running server, for operators. */
class VignettesOverApiTest {
    @Test
    void oneProblemsCasesWalkOverTheApiOfARunningServer() {
        KnowledgeBase kb = KnowledgeBase.load(CliRun.shippedKnowledge());
        InMemorySessionStore store = new InMemorySessionStore();
        SessionService sessions = new SessionService(kb, Planners.standard(), store, Clock.systemUTC());
        WebServer server = new WebServer(new KnowledgeCatalogue(kb), sessions, Clock.systemUTC(), List.of(),
                WebServer.Settings.defaults(0).withRateLimits(RateLimits.off())).start();
        try {
            CliRun r = CliRun.of("vignettes", "--kb", CliRun.shippedKnowledge().toString(), "--problem", "game-console",
                    "--api", "http://127.0.0.1:" + server.port());
            assertThat(r.err()).isEmpty();
            assertThat(r.out()).contains("PASS game-console/ps5-finds-nothing");
            assertThat(r.out().lines().reduce((a, b) -> b).orElseThrow()).contains("5 cases: 5 passed, 0 failed");
            assertThat(r.exit()).isZero();
            // Each case was a session on the server, not in process.
            assertThat(store.all()).hasSize(5).allSatisfy(s -> assertThat(s.channel()).isEqualTo("api"));
        } finally {
            server.stop();
        }
    }

    @Test
    void aServerThatIsNotThereOrAUrlThatIsNotOneIsSaidPlainly() {
        CliRun down = CliRun.of("vignettes", "--kb", CliRun.shippedKnowledge().toString(), "--problem", "game-console",
                "--api", "http://127.0.0.1:1/");
        assertThat(down.exit()).isEqualTo(1);
        assertThat(down.err()).startsWith("pairdoctor vignettes: the server at http://127.0.0.1:1/: POST ")
                .doesNotContain("\tat ");
        CliRun bad = CliRun.of("vignettes", "--api", "ftp://example.org/");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("--api ftp://example.org/: not an http:// or https:// URL");
    }
}
