package org.pairdoctor.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pairdoctor.core.engine.Planners;
import org.pairdoctor.core.knowledge.KnowledgeBase;
import org.pairdoctor.core.session.InMemorySessionStore;
import org.pairdoctor.core.session.SessionService;
import org.pairdoctor.web.RateLimits;
import org.pairdoctor.web.WebServer;
import org.pairdoctor.web.content.KnowledgeCatalogue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code pairdoctor vignettes --api URL}: the same walk against a running server, for operators. */
class VignettesOverApiTest {
    @TempDir
    Path tmp;

    /** The minimal knowledge base with one case (small: loading the shipped one twice is slow on CI). */
    private Path knowledge() throws IOException {
        Path kb = KbCommandTest.copy(CliRun.minimalKnowledge(), tmp.resolve("knowledge"));
        Files.createDirectories(kb.resolve("vignettes"));
        Files.writeString(kb.resolve("vignettes/headset-not-in-scan-list.yaml"), VignettesCommandTest.CASE);
        return kb;
    }

    @Test
    void theCasesWalkOverTheApiOfARunningServer() throws IOException {
        Path dir = knowledge();
        KnowledgeBase kb = KnowledgeBase.load(dir);
        InMemorySessionStore store = new InMemorySessionStore();
        SessionService sessions = new SessionService(kb, Planners.standard(), store, Clock.systemUTC());
        WebServer server = new WebServer(new KnowledgeCatalogue(kb), sessions, Clock.systemUTC(), List.of(),
                WebServer.Settings.defaults(0).withRateLimits(RateLimits.off())).start();
        try {
            CliRun r = CliRun.of("vignettes", "--kb", dir.toString(), "--api", "http://127.0.0.1:" + server.port());
            assertThat(r.err()).isEmpty();
            assertThat(r.out()).contains("PASS headset-not-in-scan-list/turned-on-not-pairing");
            assertThat(r.out().lines().reduce((a, b) -> b).orElseThrow()).contains("1 passed, 0 failed");
            assertThat(r.exit()).isZero();
            // The case was a session on the server, not in process.
            assertThat(store.all()).singleElement().satisfies(s -> assertThat(s.channel()).isEqualTo("api"));
        } finally {
            server.stop();
        }
    }

    @Test
    void aServerThatIsNotThereOrAUrlThatIsNotOneIsSaidPlainly() throws IOException {
        CliRun down = CliRun.of("vignettes", "--kb", knowledge().toString(), "--api", "http://127.0.0.1:1/");
        assertThat(down.exit()).isEqualTo(1);
        assertThat(down.err()).startsWith("pairdoctor vignettes: the server at http://127.0.0.1:1/: POST ")
                .doesNotContain("\tat ");
        CliRun bad = CliRun.of("vignettes", "--api", "ftp://example.org/");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("--api ftp://example.org/: not an http:// or https:// URL");
    }
}
