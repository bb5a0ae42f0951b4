package org.pairdoctor.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pairdoctor.core.engine.Planners;
import org.pairdoctor.core.session.GuidedSession;
import org.pairdoctor.core.session.Outcome;
import org.pairdoctor.core.session.Reply;
import org.pairdoctor.core.session.SessionRecord;
import org.pairdoctor.core.session.SessionService;
import org.pairdoctor.core.session.StaleStepException;
import org.pairdoctor.core.session.Turn;
import org.pairdoctor.core.session.UnknownSessionException;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pairdoctor.store.SessionStoreContract.turn;
import static org.pairdoctor.store.SessionStoreContract.session;
import static org.pairdoctor.store.SessionStoreContract.T0;

/**
 * Group commit on a real SQLite file: many concurrent writers share transactions, yet every
 * acknowledged write is on disk, a stale reply fails only its own caller, and of two replies to
 * one step exactly one wins.
 */
class SqliteGroupCommitTest {
    @TempDir
    Path dir;
    Database db;
    JdbcSessionStore store;

    @BeforeEach
    void open() {
        db = Database.openDirectory(dir);
        store = new JdbcSessionStore(db);
    }

    @AfterEach
    void close() {
        if (db != null) {
            db.close();
        }
    }

    @Test
    void manyThreadsAnsweringManySessionsShareCommitsAndEveryAcknowledgedTurnSurvivesReopening() throws Exception {
        int threads = 32;
        int sessionsPerThread = 15;
        int turnsPerSession = 6;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        // Only what a caller saw acknowledged (the call returned) is recorded here.
        Map<String, Integer> acknowledged = new ConcurrentHashMap<>();
        CyclicBarrier start = new CyclicBarrier(threads);
        long commitsBefore = db.groupCommitCount();
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    start.await();
                    for (int s = 0; s < sessionsPerThread; s++) {
                        String id = "t" + thread + "-s" + s;
                        store.create(SessionStoreContract.session(id, SessionStoreContract.T0.plusSeconds(s)));
                        acknowledged.put(id, 0);
                        for (int i = 0; i < turnsPerSession; i++) {
                            store.appendTurn(id, i, SessionStoreContract.turn("step-" + i, Reply.didNotHelp(), i));
                            acknowledged.put(id, i + 1);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        int writes = threads * sessionsPerThread * (1 + turnsPerSession);
        long commits = db.groupCommitCount() - commitsBefore;
        // Sharing happened: fewer transactions than writes (32 writers queue behind each fsync).
        assertThat(commits).isGreaterThan(0).isLessThan(writes);

        db.close();
        db = Database.openDirectory(dir);
        store = new JdbcSessionStore(db);
        assertThat(acknowledged).hasSize(threads * sessionsPerThread);
        acknowledged.forEach((id, turns) -> {
            SessionRecord r = store.find(id).orElseThrow();
            assertThat(r.turns()).as(id).hasSize(turns);
            for (int i = 0; i < turns; i++) {
                assertThat(r.turns().get(i).stepId()).isEqualTo("step-" + i);
            }
        });
    }

    @Test
    void ofTwoConcurrentRepliesToOneStepExactlyOneWinsUnderLoad() throws Exception {
        SessionService service = new SessionService(SessionStoreContract.MODELS, Planners.standard(), store,
                Clock.systemUTC());
        int pairs = 40;
        List<String> ids = new ArrayList<>();
        List<String> steps = new ArrayList<>();
        for (int i = 0; i < pairs; i++) {
            GuidedSession s = service.start("wh-1000xm2", "android", "no-sound", "web", Map.of());
            ids.add(s.record().id());
            steps.add(s.current().orElseThrow().step().id());
        }
        // All 80 replies race at once, so pairs for one step land in the same or adjacent batches.
        ExecutorService pool = Executors.newFixedThreadPool(pairs * 2);
        CyclicBarrier together = new CyclicBarrier(pairs * 2);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < pairs; i++) {
                String id = ids.get(i);
                String step = steps.get(i);
                for (Reply reply : List.of(Reply.worked(), Reply.didNotHelp())) {
                    results.add(pool.submit(() -> {
                        together.await();
                        try {
                            service.reply(id, step, reply);
                            return "won";
                        } catch (StaleStepException e) {
                            return "stale";
                        }
                    }));
                }
            }
            for (int i = 0; i < pairs; i++) {
                String a = results.get(2 * i).get(60, TimeUnit.SECONDS);
                String b = results.get(2 * i + 1).get(60, TimeUnit.SECONDS);
                assertThat(List.of(a, b)).as("session %d", i).containsExactlyInAnyOrder("won", "stale");
                SessionRecord r = store.find(ids.get(i)).orElseThrow();
                assertThat(r.turns()).hasSize(1);
                boolean workedWon = a.equals("won");
                assertThat(r.turns().get(0).reply()).isEqualTo(workedWon ? Reply.worked() : Reply.didNotHelp());
                assertThat(r.outcome()).isEqualTo(workedWon ? Outcome.FIXED : Outcome.IN_PROGRESS);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aStaleReplyInABatchFailsOnlyItsOwnCallerAndTheRestOfTheBatchCommits() throws Exception {
        store.create(SessionStoreContract.session("busy", SessionStoreContract.T0));
        store.appendTurn("busy", 0, SessionStoreContract.turn("fix-a", Reply.didNotHelp(), 0));
        for (int i = 0; i < 5; i++) {
            store.create(SessionStoreContract.session("other-" + i, SessionStoreContract.T0));
        }
        // Hold the write lock (as a Database.write would) so that the writes below pile up and are
        // committed together once it is released.
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread blocker = new Thread(() -> db.write(h -> {
            holding.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        }));
        blocker.start();
        holding.await();
        long commitsBefore = db.groupCommitCount();
        ExecutorService pool = Executors.newFixedThreadPool(7);
        AtomicInteger queued = new AtomicInteger();
        try {
            List<Future<?>> good = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                String id = "other-" + i;
                good.add(pool.submit(() -> {
                    queued.incrementAndGet();
                    store.appendTurn(id, 0, SessionStoreContract.turn("fix-a", Reply.didNotHelp(), 0));
                    return null;
                }));
            }
            Future<?> stale = pool.submit(() -> {
                queued.incrementAndGet();
                store.appendTurn("busy", 0, SessionStoreContract.turn("fix-b", Reply.worked(), 0));
                return null;
            });
            while (queued.get() < 6) {
                Thread.sleep(5);
            }
            Thread.sleep(200);
            release.countDown();
            assertThatThrownBy(() -> stale.get(30, TimeUnit.SECONDS))
                    .hasCauseInstanceOf(StaleStepException.class);
            for (Future<?> f : good) {
                f.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
            blocker.join();
        }
        // Six writes, at most two transactions: the first unit may have been taken alone before the
        // others queued; the rest shared one commit, and the stale one did not spoil it.
        assertThat(db.groupCommitCount() - commitsBefore).isBetween(1L, 2L);
        for (int i = 0; i < 5; i++) {
            assertThat(store.find("other-" + i).orElseThrow().turns()).hasSize(1);
        }
        SessionRecord busy = store.find("busy").orElseThrow();
        assertThat(busy.turns()).extracting(Turn::stepId).containsExactly("fix-a");
        assertThat(busy.outcome()).isEqualTo(Outcome.IN_PROGRESS);
    }

    @Test
    void aWriteAfterClosingFailsWithAClearMessage() {
        db.close();
        assertThatThrownBy(() -> store.create(SessionStoreContract.session("late", Instant.now())))
                .isInstanceOf(StoreException.class).hasMessageContaining("closed");
        db = null;
    }

    // Turns stored without holding the caller's thread: durable when the future completes, never
    // completed on the writer thread.

    @Test
    void aCompletedTurnIsOnDiskAndWhatFollowsRunsOffTheWriterThread() throws Exception {
        List<CompletableFuture<String>> threads = new ArrayList<>();
        for (int s = 0; s < 50; s++) {
            store.create(session("a" + s, T0));
            threads.add(store.appendTurnAsync("a" + s, 0, turn("fix-a", Reply.didNotHelp(), 0))
                    .thenApply(stored -> Thread.currentThread().getName()));
        }
        for (CompletableFuture<String> t : threads) {
            assertThat(t.get(10, TimeUnit.SECONDS)).startsWith("pairdoctor-after-commit-");
        }
        db.close();
        db = Database.openDirectory(dir);
        for (int s = 0; s < 50; s++) {
            assertThat(new JdbcSessionStore(db).find("a" + s).orElseThrow().turns()).hasSize(1);
        }
    }

    @Test
    void aStaleOrUnknownTurnFailsItsFutureWithTheSameExceptionAsTheBlockingCall() {
        store.create(session("s1", T0));
        store.appendTurn("s1", 0, turn("fix-a", Reply.didNotHelp(), 0));
        CompletableFuture<Void> stale = store.appendTurnAsync("s1", 0, turn("fix-b", Reply.worked(), 1));
        assertThatThrownBy(stale::join).isInstanceOf(CompletionException.class)
                .hasCauseInstanceOf(StaleStepException.class);
        assertThatThrownBy(() -> store.appendTurnAsync("nope", 0, turn("fix-a", Reply.worked(), 0)).join())
                .hasCauseInstanceOf(UnknownSessionException.class);
        assertThat(store.find("s1").orElseThrow().turns()).extracting(Turn::stepId).containsExactly("fix-a");
    }

    @Test
    void afterCloseTheFutureFailsWithAClearMessage() {
        store.create(session("s1", T0));
        db.close();
        CompletableFuture<Void> late = store.appendTurnAsync("s1", 0, turn("fix-a", Reply.didNotHelp(), 0));
        assertThatThrownBy(late::join).hasCauseInstanceOf(StoreException.class)
                .hasMessageContaining("the database is closed");
        db = null;
    }
}
