package org.pairdoctor.core.statistics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Statistics of every stored session, recomputed at most every {@code refreshEvery}, so pages can
 * show observed figures on every request without querying the database each time. Thread-safe.
 */
public final class StatisticsCache {
    private final OutcomeQueries queries;
    private final Clock clock;
    private final Duration refreshEvery;
    private volatile Statistics statistics;
    private volatile ObservedFigures figures;
    private volatile Instant due = Instant.MIN;
    private final ReentrantLock refreshing = new ReentrantLock();

    public StatisticsCache(OutcomeQueries queries, Clock clock, Duration refreshEvery) {
        this.queries = queries;
        this.clock = clock;
        this.refreshEvery = refreshEvery;
    }

    /** Statistics of all sessions started up to now. */
    public Statistics statistics() {
        refreshIfDue();
        return statistics;
    }

    /** Observed figures from {@link #statistics()}. */
    public ObservedFigures figures() {
        refreshIfDue();
        return figures;
    }

    private void refreshIfDue() {
        Instant now = clock.instant();
        if (now.isBefore(due)) {
            return;
        }
        // Once there are figures, one caller recounts while the others keep using the old ones,
        // so a busy page never queues behind the database. The first count everyone waits for.
        if (statistics != null) {
            if (!refreshing.tryLock()) {
                return;
            }
        } else {
            refreshing.lock();
        }
        try {
            if (now.isBefore(due)) {
                return;
            }
            Statistics s = Statistics.load(queries, Instant.EPOCH, now.plusSeconds(1));
            figures = new ObservedFigures(s);
            statistics = s;
            due = now.plus(refreshEvery);
        } finally {
            refreshing.unlock();
        }
    }
}
