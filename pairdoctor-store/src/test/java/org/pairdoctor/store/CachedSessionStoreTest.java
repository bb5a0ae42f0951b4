package org.pairdoctor.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pairdoctor.core.session.Outcome;
import org.pairdoctor.core.session.Reply;
import org.pairdoctor.core.session.SessionRecord;
import org.pairdoctor.core.session.StaleStepException;
import org.pairdoctor.core.session.Turn;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicIntegerArray;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pairdoctor.store.SessionStoreContract.T0;
import static org.pairdoctor.store.SessionStoreContract.session;
import static org.pairdoctor.store.SessionStoreContract.turn;

/** What the cache adds to the store contract (which {@link CachedSqliteSessionStoreTest} runs on it). */
class CachedSessionStoreTest {
    @TempDir
    Path dir;
    Database db;
    JdbcSessionStore database;
    CachedSessionStore cached;

    @BeforeEach
    void open() {
        db = Database.openDirectory(dir);
        database = new JdbcSessionStore(db);
        cached = new CachedSessionStore(database);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aSessionWrittenThroughTheCacheIsReadFromMemoryAndIsInTheDatabase() {
        cached.create(session("s1", T0));
        cached.appendTurn("s1", 0, turn("fix-a", Reply.didNotHelp(), 0));
        assertThat(database.find("s1")).isEqualTo(cached.find("s1"));
        // Rows removed behind the cache's back: a read that went to the database would miss them.
        db.write(h -> h.execute("DELETE FROM turns WHERE session_id = 's1'"));
        assertThat(cached.find("s1").orElseThrow().turns()).extracting(Turn::stepId).containsExactly("fix-a");
    }

    @Test
    void aFinalTurnEndsTheCachedSessionAsTheDatabaseEndsIt() {
        cached.create(session("s1", T0));
        cached.appendTurn("s1", 0, turn("fix-a", Reply.didNotHelp(), 0));
        cached.appendTurn("s1", 1, turn("fix-b", Reply.worked(), 10));
        SessionRecord inMemory = cached.find("s1").orElseThrow();
        assertThat(inMemory.outcome()).isEqualTo(Outcome.FIXED);
        assertThat(inMemory).isEqualTo(database.find("s1").orElseThrow());

        cached.finish("s1", Outcome.FIXED, "fix-b", T0.plusSeconds(99));
        assertThat(cached.find("s1")).isEqualTo(database.find("s1")).contains(inMemory);
    }

    @Test
    void aTurnStoredByAnotherWriterMakesOursStaleAndTheNextReadShowsTheirs() {
        cached.create(session("s1", T0));
        database.appendTurn("s1", 0, turn("theirs", Reply.didNotHelp(), 0));
        assertThat(cached.find("s1").orElseThrow().turns()).as("the cache does not know yet").isEmpty();

        assertThatThrownBy(() -> cached.appendTurn("s1", 0, turn("ours", Reply.didNotHelp(), 1)))
                .isInstanceOf(StaleStepException.class);
        assertThat(cached.find("s1").orElseThrow().turns()).extracting(Turn::stepId).containsExactly("theirs");
    }

    @Test
    void anEndedSessionLeavesTheCacheSoonAndOneInProgressStays() throws Exception {
        CachedSessionStore shortLived = new CachedSessionStore(database, 100, Duration.ofHours(1), Duration.ofMillis(50));
        shortLived.create(session("going", T0));
        shortLived.create(session("done", T0));
        shortLived.appendTurn("done", 0, turn("fix-a", Reply.worked(), 0));
        Thread.sleep(300);
        db.write(h -> h.execute("UPDATE sessions SET channel = 'changed'"));
        assertThat(shortLived.find("going").orElseThrow().channel()).as("still cached").isEqualTo("web");
        assertThat(shortLived.find("done").orElseThrow().channel()).as("expired, read again").isEqualTo("changed");
    }

    @Test
    void anAbandonedSessionIsReadAgainFromTheDatabase() {
        cached.create(session("s1", T0));
        cached.finish("s1", Outcome.ABANDONED, null, T0.plusSeconds(5));
        assertThat(cached.find("s1").orElseThrow().outcome()).isEqualTo(Outcome.ABANDONED);
    }

    /**
     * Readers that miss (a cache of two entries evicts all the time) race writers that append: the
     * cache must never keep a state older than the database's.
     */
    @RepeatedTest(5)
    void missesRacingTurnsNeverLeaveAnOlderStateInTheCache() throws Exception {
        CachedSessionStore tiny = new CachedSessionStore(database, 2, Duration.ofHours(1));
        int sessions = 8;
        int turns = 40;
        for (int s = 0; s < sessions; s++) {
            tiny.create(session("r" + s, T0));
        }
        ExecutorService pool = Executors.newFixedThreadPool(sessions + 4);
        AtomicBoolean writing = new AtomicBoolean(true);
        // The most turns any finished read saw, per session: a later read must not see fewer.
        AtomicIntegerArray seen = new AtomicIntegerArray(sessions);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int s = 0; s < sessions; s++) {
                String id = "r" + s;
                writers.add(pool.submit(() -> {
                    for (int i = 0; i < turns; i++) {
                        tiny.appendTurn(id, i, turn("step-" + i, Reply.didNotHelp(), i));
                    }
                    return null;
                }));
            }
            List<Future<?>> readers = new ArrayList<>();
            for (int r = 0; r < 4; r++) {
                readers.add(pool.submit(() -> {
                    while (writing.get()) {
                        int s = ThreadLocalRandom.current().nextInt(sessions);
                        int floor = seen.get(s);
                        int n = tiny.find("r" + s).orElseThrow().turns().size();
                        assertThat(n).as("session r%d went back from %d turns", s, floor).isGreaterThanOrEqualTo(floor);
                        seen.accumulateAndGet(s, n, Math::max);
                    }
                    return null;
                }));
            }
            for (Future<?> w : writers) {
                w.get();
            }
            writing.set(false);
            for (Future<?> r : readers) {
                r.get();
            }
        } finally {
            pool.shutdownNow();
        }
        for (int s = 0; s < sessions; s++) {
            SessionRecord stored = database.find("r" + s).orElseThrow();
            assertThat(stored.turns()).hasSize(turns);
            assertThat(tiny.find("r" + s)).contains(stored);
        }
    }

    @Test
    void theCacheFollowsAsynchronousTurnsAndDropsAFailedOne() {
        cached.create(session("s1", T0));
        cached.appendTurnAsync("s1", 0, turn("fix-a", Reply.didNotHelp(), 0)).join();
        db.write(h -> h.execute("DELETE FROM turns WHERE session_id = 's1'"));
        assertThat(cached.find("s1").orElseThrow().turns()).as("from memory").hasSize(1);

        assertThatThrownBy(() -> cached.appendTurnAsync("s1", 2, turn("fix-b", Reply.worked(), 1)).join())
                .hasCauseInstanceOf(StaleStepException.class);
        assertThat(cached.find("s1").orElseThrow().turns()).as("read again from the database").isEmpty();
    }
}
