package org.pairdoctor.core.session;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link SessionStore} in memory, for simulations and for tests of code that uses sessions (web,
 * terminal). It keeps the port's contract: a second turn at the same index fails with
 * {@link StaleStepException}. Thread-safe.
 */
public final class InMemorySessionStore implements SessionStore {
    private final ConcurrentHashMap<String, SessionRecord> sessions = new ConcurrentHashMap<>();

    @Override
    public void create(SessionRecord session) {
        if (sessions.putIfAbsent(session.id(), session) != null) {
            throw new IllegalStateException("session '" + session.id() + "' already exists");
        }
    }

    @Override
    public void appendTurn(String sessionId, int index, Turn turn) {
        sessions.compute(sessionId, (id, r) -> {
            if (r == null) {
                throw new UnknownSessionException(sessionId);
            }
            if (r.turns().size() != index) {
                throw new StaleStepException("session '" + sessionId + "' already has a turn " + index);
            }
            return r.withTurn(turn);
        });
    }

    @Override
    public void finish(String sessionId, Outcome outcome, String fixedBy, Instant at) {
        sessions.computeIfPresent(sessionId, (id, r) -> r.ended(outcome, fixedBy, at));
    }

    @Override
    public Optional<SessionRecord> find(String sessionId) {
        return Optional.ofNullable(sessions.get(sessionId));
    }

    @Override
    public List<SessionRecord> startedSince(Instant since) {
        return sessions.values().stream().filter(r -> !r.startedAt().isBefore(since))
                .sorted(Comparator.comparing(SessionRecord::startedAt).thenComparing(SessionRecord::id)).toList();
    }

    /** How many sessions are stored. */
    public int size() {
        return sessions.size();
    }

    /** Every stored session, oldest first. */
    public List<SessionRecord> all() {
        return startedSince(Instant.MIN);
    }
}
