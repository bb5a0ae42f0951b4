package org.pairdoctor.core.statistics;

import org.pairdoctor.core.ManualClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class StatisticsCacheTest {
    /** Counts how often the sessions were read; throws while {@code failing} is set. */
    static final class CountingQueries implements OutcomeQueries {
        final AtomicInteger reads = new AtomicInteger();
        volatile boolean failing;

        @Override
        public List<SessionSummary> sessions(Instant from, Instant to) {
            if (failing) {
                throw new IllegalStateException("database down");
            }
            reads.incrementAndGet();
            return List.of();
        }

        @Override
        public List<StepCount> steps(Instant from, Instant to) {
            return List.of();
        }
    }


    final CountingQueries queries = new CountingQueries();
    final ManualClock clock = new ManualClock(Instant.parse("2026-11-24T10:00:00Z"));
    final List<Runnable> queued = new ArrayList<>();
    final StatisticsCache cache = new StatisticsCache(queries, clock, Duration.ofMinutes(1), queued::add);

    @Test
    void theFirstCountIsWaitedForAndThenServedFromMemory() {
        assertThat(cache.statistics()).isNotNull();
        cache.figures();
        cache.statistics();
        assertThat(queries.reads).hasValue(1);
        assertThat(queued).isEmpty();
    }

    @Test
    void aDueRecountRunsOnTheExecutorWhileCallersKeepTheOldFigures() {
        Statistics first = cache.statistics();
        clock.advance(Duration.ofSeconds(61));
        assertThat(cache.statistics()).as("not waited for").isSameAs(first);
        assertThat(cache.statistics()).isSameAs(first);
        assertThat(queued).as("one recount however many callers").hasSize(1);

        queued.remove(0).run();
        assertThat(queries.reads).hasValue(2);
        assertThat(cache.statistics()).isNotSameAs(first);
        assertThat(queued).as("not due again yet").isEmpty();
    }

    @Test
    void aFailedRecountKeepsTheOldFiguresAndIsTriedAgainWhenNextDue() {
        Statistics first = cache.statistics();
        clock.advance(Duration.ofSeconds(61));
        queries.failing = true;
        cache.statistics();
        queued.remove(0).run();
        assertThat(cache.statistics()).isSameAs(first);
        assertThat(queued).as("not retried on every call").isEmpty();

        queries.failing = false;
        clock.advance(Duration.ofSeconds(61));
        cache.statistics();
        queued.remove(0).run();
        assertThat(cache.statistics()).isNotSameAs(first);
    }

    @Test
    void onABackgroundExecutorTheCallerDoesNotWaitForTheRecount() throws Exception {
        StatisticsCache background = new StatisticsCache(queries, clock, Duration.ofMinutes(1),
                r -> new Thread(r, "test-recount").start());
        background.statistics();
        clock.advance(Duration.ofSeconds(61));
        background.statistics();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (queries.reads.get() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(queries.reads).hasValue(2);
    }
}
