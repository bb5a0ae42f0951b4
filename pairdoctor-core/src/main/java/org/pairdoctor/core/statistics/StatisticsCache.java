package org.pairdoctor.core.statistics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Statistics of every stored session, recomputed at most every {@code refreshEvery}, so pages can
 * show observed figures on every request without querying the database each time. Thread-safe.
 *
 * <p>Only the first count is waited for. Later counts run on the given executor (the web adapter
 * gives a background thread; the core starts none) while every caller keeps the previous figures: a
 * recount reads every session, and the request that happened to find it due should not wait for that.
 */
public final class StatisticsCache {
    private final OutcomeQueries queries;
    private final Clock clock;
    private final Duration refreshEvery;
    private volatile Statistics statistics;
    private volatile ObservedFigures figures;
    private volatile Instant due = Instant.MIN;
    private final ReentrantLock refreshing = new ReentrantLock();
    private final Executor recount;
    private final AtomicBoolean recounting = new AtomicBoolean();

    /** @param recount where later counts run; {@code Runnable::run} counts on the caller's thread */
    public StatisticsCache(OutcomeQueries queries, Clock clock, Duration refreshEvery, Executor recount) {
        this.queries = queries;
        this.clock = clock;
        this.refreshEvery = refreshEvery;
        this.recount = recount;
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
        if (statistics == null) {
            refreshing.lock();
            try {
                if (statistics == null) {
                    count(now);
                }
            } finally {
                refreshing.unlock();
            }
            return;
        }
        if (recounting.compareAndSet(false, true)) {
            recount.execute(this::recount);
        }
    }

    private void recount() {
        refreshing.lock();
        try {
            Instant now = clock.instant();
            if (!now.isBefore(due)) {
                count(now);
            }
        } catch (RuntimeException e) {
            // The old figures stay; the next count is tried when the next one is due.
            due = clock.instant().plus(refreshEvery);
        } finally {
            refreshing.unlock();
            recounting.set(false);
        }
    }

    private void count(Instant now) {
        Statistics s = Statistics.load(queries, Instant.EPOCH, now.plusSeconds(1), now);
        figures = new ObservedFigures(s);
        statistics = s;
        due = now.plus(refreshEvery);
    }
}
