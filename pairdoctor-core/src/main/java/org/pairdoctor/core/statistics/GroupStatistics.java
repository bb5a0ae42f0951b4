package org.pairdoctor.core.statistics;

import org.pairdoctor.core.session.Outcome;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Figures for a group of sessions (all, a problem, a problem on a host, a headset, a family of
 * headsets, a month).
 *
 * @param resolution fixed among the sessions that ended (running ones are not counted)
 */
public record GroupStatistics(long sessions, long fixed, long escalated, long abandoned, long inProgress,
                              Proportion resolution, DurationSummary timeToConnected) {
    public static GroupStatistics of(List<SessionSummary> sessions) {
        long fixed = 0;
        long escalated = 0;
        long abandoned = 0;
        long running = 0;
        List<Duration> times = new ArrayList<>();
        for (SessionSummary s : sessions) {
            switch (s.outcome()) {
                case FIXED -> fixed++;
                case ESCALATED -> escalated++;
                case ABANDONED -> abandoned++;
                case IN_PROGRESS -> running++;
            }
            s.timeToConnected().ifPresent(times::add);
        }
        return new GroupStatistics(sessions.size(), fixed, escalated, abandoned, running,
                new Proportion(fixed, fixed + escalated + abandoned), DurationSummary.of(times));
    }

    /** Escalated among the sessions that ended, with its 95% interval. */
    public Proportion escalation() {
        return new Proportion(escalated, ended());
    }

    /** Abandoned among the sessions that ended, with its 95% interval. */
    public Proportion abandonment() {
        return new Proportion(abandoned, ended());
    }

    /** Sessions that ended (fixed, escalated or abandoned): what every rate here is a share of. */
    public long ended() {
        return fixed + escalated + abandoned;
    }

    /**
     * Whether enough sessions ended for a rate to be shown ({@link ObservedFigures#MIN_PEOPLE} by
     * default): below it a page says "too few sessions" instead of a rate.
     */
    public boolean enoughFor(int minPeople) {
        return ended() >= minPeople;
    }

    /** Share of ended sessions that ended this way. */
    public double share(Outcome outcome) {
        long ended = fixed + escalated + abandoned;
        if (ended == 0) {
            return 0;
        }
        return switch (outcome) {
            case FIXED -> (double) fixed / ended;
            case ESCALATED -> (double) escalated / ended;
            case ABANDONED -> (double) abandoned / ended;
            case IN_PROGRESS -> 0;
        };
    }
}
