package org.pairdoctor.web;

import org.junit.jupiter.api.Test;
import org.pairdoctor.core.session.InMemorySessionStore;
import org.pairdoctor.core.session.Outcome;
import org.pairdoctor.core.session.SessionRecord;
import org.pairdoctor.core.session.SessionStore;
import org.pairdoctor.core.session.Turn;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14: a stalled disk with hundreds of session creates waiting froze every page, because each
 * create held a request thread until its commit. Creates are now asynchronous, as answers are: with
 * 300 creates (API and web form) stuck in their commit, more than Jetty has worker threads, a page
 * still answers at once; when the disk moves again every create completes.
 */
class StalledCreateTest {
    /** A store whose commits of new sessions wait until {@link #release()}, as on a frozen disk. */
    static final class StalledStore implements SessionStore {
        final InMemorySessionStore memory = new InMemorySessionStore();
        final CountDownLatch disk = new CountDownLatch(1);
        final AtomicInteger waiting = new AtomicInteger();
        final ConcurrentLinkedQueue<Runnable> queued = new ConcurrentLinkedQueue<>();

        @Override
        public void create(SessionRecord session) {
            waiting.incrementAndGet();
            try {
                disk.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            memory.create(session);
        }

        @Override
        public CompletableFuture<Void> createAsync(SessionRecord session) {
            // Like the group commit: queued, and completed by the writer once the disk has it.
            CompletableFuture<Void> done = new CompletableFuture<>();
            queued.add(() -> {
                memory.create(session);
                done.complete(null);
            });
            waiting.incrementAndGet();
            return done;
        }

        void release() {
            disk.countDown();
            for (Runnable r; (r = queued.poll()) != null; ) {
                r.run();
            }
        }

        @Override
        public void appendTurn(String sessionId, int index, Turn turn) {
            memory.appendTurn(sessionId, index, turn);
        }

        @Override
        public void finish(String sessionId, Outcome outcome, String fixedBy, Instant at) {
            memory.finish(sessionId, outcome, fixedBy, at);
        }

        @Override
        public Optional<SessionRecord> find(String sessionId) {
            return memory.find(sessionId);
        }

        @Override
        public List<SessionRecord> startedSince(Instant since) {
            return memory.startedSince(since);
        }
    }

    @Test
    void threeHundredCreatesStuckInTheirCommitDoNotStopThePages() throws Exception {
        StalledStore store = new StalledStore();
        try (RunningServer app = new RunningServer(store, List.of(),
                WebServer.Settings.defaults(0).withRateLimits(RateLimits.off()))) {
            SecurityTest.server = app;
            SecurityTest.Token token = SecurityTest.token();
            List<CompletableFuture<HttpResponse<String>>> creates = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                HttpRequest r = i % 3 == 0
                        ? HttpRequest.newBuilder(app.uri("/sessions"))
                        .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", token.cookie())
                        .POST(HttpRequest.BodyPublishers.ofString("csrf=" + token.value()
                                + "&device=sony-wh-1000xm2&host=android-samsung&problem=" + TestKnowledge.PROBLEM))
                        .build()
                        : HttpRequest.newBuilder(app.uri("/api/sessions")).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"device\":\"sony-wh-1000xm2\","
                                + "\"host\":\"android-samsung\",\"problem\":\"" + TestKnowledge.PROBLEM + "\"}"))
                        .build();
                creates.add(app.http.sendAsync(r, HttpResponse.BodyHandlers.ofString()));
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (store.waiting.get() < 300 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(store.waiting.get()).as("creates waiting on the stalled disk").isEqualTo(300);
            assertThat(creates).noneMatch(CompletableFuture::isDone);

            long t0 = System.nanoTime();
            HttpResponse<String> page = app.get("/");
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
            System.out.println("GET / with 300 creates stalled: " + page.statusCode() + " in " + millis + " ms");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(millis).as("a page while 300 creates wait for the disk").isLessThan(5_000);

            store.release();
            for (CompletableFuture<HttpResponse<String>> c : creates) {
                int status = c.get(60, TimeUnit.SECONDS).statusCode();
                assertThat(status).isIn(201, 303);
            }
            assertThat(store.startedSince(Instant.EPOCH)).hasSize(300);
        }
    }
}
