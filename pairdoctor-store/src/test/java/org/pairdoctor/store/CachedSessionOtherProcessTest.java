package org.pairdoctor.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pairdoctor.core.model.StepKind;
import org.pairdoctor.core.session.Outcome;
import org.pairdoctor.core.session.Reply;
import org.pairdoctor.core.session.SessionRecord;
import org.pairdoctor.core.session.StaleStepException;
import org.pairdoctor.core.session.Turn;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 14: a session changed by another process on the same SQLite file ({@code diagnose --session}
 * in a terminal while {@code serve} shows it) was shown stale by the server until its next answer.
 * Two store instances on one file, each with its own pool and writer, stand for the two processes.
 */
class CachedSessionOtherProcessTest {
    static final Instant T0 = Instant.parse("2026-11-20T12:00:00Z");

    @TempDir
    Path dir;
    Database serverDb;
    Database terminalDb;
    CachedSessionStore server;
    JdbcSessionStore terminal;

    @BeforeEach
    void open() {
        serverDb = Database.openDirectory(dir);
        terminalDb = Database.openDirectory(dir);
        server = new CachedSessionStore(new JdbcSessionStore(serverDb), 100, Duration.ofMinutes(30),
                Duration.ofMinutes(1), Duration.ofMillis(200));
        terminal = new JdbcSessionStore(terminalDb);
    }

    @AfterEach
    void close() {
        terminalDb.close();
        serverDb.close();
    }

    static SessionRecord session(String id) {
        return new SessionRecord(id, "wh-1000xm2", "android", "no-sound", "web", Map.of(), T0, List.of(),
                Outcome.IN_PROGRESS, null, null, 0);
    }

    static Turn turn(String step, Reply reply, int second) {
        return new Turn(step, StepKind.ACTION, reply, T0.plusSeconds(second), T0.plusSeconds(second + 20));
    }

    /** Reads through the server until it shows {@code turns} turns, or gives up after 5 s. */
    SessionRecord serverShows(String id, int turns) throws InterruptedException {
        SessionRecord seen = server.find(id).orElseThrow();
        for (long end = System.nanoTime() + 5_000_000_000L; seen.turns().size() != turns && System.nanoTime() < end; ) {
            Thread.sleep(20);
            seen = server.find(id).orElseThrow();
        }
        return seen;
    }

    @Test
    void aTurnStoredByAnotherProcessShowsWithinTheRecheckPeriod() throws Exception {
        server.create(session("s1"));
        server.appendTurn("s1", 0, turn("fix-a", Reply.didNotHelp(), 0));
        assertThat(server.find("s1").orElseThrow().turns()).hasSize(1);

        terminal.appendTurn("s1", 1, turn("fix-b", Reply.didNotHelp(), 30));
        long t0 = System.nanoTime();
        SessionRecord shown = serverShows("s1", 2);
        long millis = (System.nanoTime() - t0) / 1_000_000;
        assertThat(shown.turns()).extracting(Turn::stepId).containsExactly("fix-a", "fix-b");
        assertThat(millis).as("time until the server shows the other process's turn").isLessThan(2_000);

        // The server goes on from there: its next turn is number 2.
        server.appendTurn("s1", 2, turn("fix-c", Reply.worked(), 60));
        assertThat(terminal.find("s1").orElseThrow().outcome()).isEqualTo(Outcome.FIXED);
        assertThat(server.find("s1").orElseThrow().outcome()).isEqualTo(Outcome.FIXED);
    }

    @Test
    void aSessionEndedByAnotherProcessShowsEnded() throws Exception {
        server.create(session("s2"));
        assertThat(server.find("s2").orElseThrow().outcome()).isEqualTo(Outcome.IN_PROGRESS);
        terminal.appendTurn("s2", 0, turn("fix-a", Reply.worked(), 0));
        SessionRecord shown = serverShows("s2", 1);
        assertThat(shown.outcome()).isEqualTo(Outcome.FIXED);
        assertThat(shown.fixedBy()).isEqualTo("fix-a");
    }

    @Test
    void aReplyToAStepTheOtherProcessAnsweredIsStaleAndTheServerCatchesUp() {
        server.create(session("s3"));
        server.find("s3");
        terminal.appendTurn("s3", 0, turn("fix-a", Reply.didNotHelp(), 0));
        // Within the recheck period the server may still show the old step; answering it fails.
        assertThatThrownBy(() -> server.appendTurn("s3", 0, turn("fix-a", Reply.worked(), 5)))
                .isInstanceOf(StaleStepException.class);
        assertThat(server.find("s3").orElseThrow().turns()).hasSize(1);
    }

    @Test
    void withoutChangesElsewhereReadsStayInMemory() throws Exception {
        server.create(session("s4"));
        SessionRecord first = server.find("s4").orElseThrow();
        Thread.sleep(250);
        // Rechecked (nothing moved): the very same cached record, not a fresh read.
        assertThat(server.find("s4").orElseThrow()).isSameAs(first);
    }
}
