package org.pairdoctor.core.statistics;

import org.pairdoctor.core.session.Outcome;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A session without its turns: what statistics count. {@code endedAt} and {@code fixedBy} are null
 * while it runs.
 */
public record SessionSummary(String id, String problemId, String hostId, Instant startedAt, Outcome outcome,
                             String fixedBy, Instant endedAt) {
    /** How long it took to get connected, for a fixed session. */
    public Optional<Duration> timeToConnected() {
        return outcome == Outcome.FIXED && endedAt != null ? Optional.of(Duration.between(startedAt, endedAt))
                : Optional.empty();
    }

    public static SessionSummary of(org.pairdoctor.core.session.SessionRecord r) {
        return new SessionSummary(r.id(), r.problemId(), r.hostId(), r.startedAt(), r.outcome(), r.fixedBy(),
                r.endedAt());
    }
}
