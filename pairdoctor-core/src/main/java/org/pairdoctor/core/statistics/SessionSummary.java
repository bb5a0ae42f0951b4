package org.pairdoctor.core.statistics;

import org.pairdoctor.core.session.Abandonment;
import org.pairdoctor.core.session.Outcome;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A session without its turns: what statistics count, per problem, host and headset ({@code deviceId}). {@code endedAt} and {@code fixedBy} are null
 * while it runs.
 *
 * @param lastActiveAt the last reply (else the start): a session in progress idle for
 *                     {@link Abandonment#IDLE_LIMIT} counts as abandoned ({@link #asOf})
 */
public record SessionSummary(String id, String deviceId, String problemId, String hostId, Instant startedAt,
                             Outcome outcome, String fixedBy, Instant endedAt, Instant lastActiveAt) {
    public SessionSummary {
        if (lastActiveAt == null) {
            lastActiveAt = endedAt != null ? endedAt : startedAt;
        }
    }

    /** A summary whose last activity is its end, or its start while it runs. */
    public SessionSummary(String id, String deviceId, String problemId, String hostId, Instant startedAt,
                          Outcome outcome, String fixedBy, Instant endedAt) {
        this(id, deviceId, problemId, hostId, startedAt, outcome, fixedBy, endedAt, null);
    }

    /** This session as it stands at {@code now}: in progress, or abandoned at its last reply once idle too long. */
    public SessionSummary asOf(Instant now) {
        return outcome == Outcome.IN_PROGRESS && Abandonment.abandoned(outcome, lastActiveAt, now)
                ? new SessionSummary(id, deviceId, problemId, hostId, startedAt, Outcome.ABANDONED, null, lastActiveAt,
                lastActiveAt)
                : this;
    }

    /** How long it took to get connected, for a fixed session. */
    public Optional<Duration> timeToConnected() {
        return outcome == Outcome.FIXED && endedAt != null ? Optional.of(Duration.between(startedAt, endedAt))
                : Optional.empty();
    }

    public static SessionSummary of(org.pairdoctor.core.session.SessionRecord r) {
        return new SessionSummary(r.id(), r.deviceId(), r.problemId(), r.hostId(), r.startedAt(), r.outcome(), r.fixedBy(),
                r.endedAt(), Abandonment.lastActive(r));
    }
}
