package org.pairdoctor.core.statistics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

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
    private final Function<String, String> familyOf;
    private volatile Statistics statistics;
    private volatile Map<String, Statistics> devices = Map.of();
    private volatile ObservedFigures figures;
    private volatile Instant due = Instant.MIN;
    private final ReentrantLock refreshing = new ReentrantLock();
    private final Executor recount;
    private final AtomicBoolean recounting = new AtomicBoolean();

    /** @param recount where later counts run; {@code Runnable::run} counts on the caller's thread */
    public StatisticsCache(OutcomeQueries queries, Clock clock, Duration refreshEvery, Executor recount) {
        this(queries, clock, refreshEvery, recount, Statistics.NO_FAMILIES);
    }

    /** @param familyOf a headset's family ({@code family:} of its device file), null when none is known */
    public StatisticsCache(OutcomeQueries queries, Clock clock, Duration refreshEvery, Executor recount,
                           Function<String, String> familyOf) {
        this.familyOf = familyOf;
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

    /**
     * Statistics of one headset's sessions started up to now (counted with the others, so no extra
     * query); empty when none of its sessions was stored.
     */
    public Optional<Statistics> statistics(String deviceId) {
        refreshIfDue();
        return Optional.ofNullable(devices.get(deviceId));
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
        Instant to = now.plusSeconds(1);
        List<SessionSummary> sessions = queries.sessions(Instant.EPOCH, to).stream().map(x -> x.asOf(now)).toList();
        List<StepCount> steps = queries.steps(Instant.EPOCH, to);
        Statistics s = Statistics.of(Instant.EPOCH, to, sessions, steps, familyOf);
        devices = Statistics.perDevice(Instant.EPOCH, to, sessions, steps, familyOf);
        figures = new ObservedFigures(s);
        statistics = s;
        due = now.plus(refreshEvery);
    }
}
