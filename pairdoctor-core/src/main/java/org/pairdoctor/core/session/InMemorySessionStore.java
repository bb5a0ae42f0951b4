package org.pairdoctor.core.session;

import org.pairdoctor.core.Failure;
import org.pairdoctor.core.PairdoctorException;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link SessionStore} in memory, for simulations and for tests of code that uses sessions (web,
 * terminal). It keeps the port's whole contract, as the database stores do (the same contract test
 * runs on it): a second turn at the same index or a turn on an ended session is stale, a final turn
 * ends its session, the first end wins. Thread-safe.
 */
public final class InMemorySessionStore implements SessionStore {
    private final ConcurrentHashMap<String, SessionRecord> sessions = new ConcurrentHashMap<>();

    @Override
    public void create(SessionRecord session) {
        if (sessions.putIfAbsent(session.id(), session) != null) {
            throw new PairdoctorException(Failure.CONFLICT, "session '" + session.id() + "' already exists");
        }
    }

    @Override
    public void appendTurn(String sessionId, int index, Turn turn) {
        sessions.compute(sessionId, (id, r) -> {
            if (r == null) {
                throw new UnknownSessionException(sessionId);
            }
            if (r.outcome() != Outcome.IN_PROGRESS) {
                throw new StaleStepException("session '" + sessionId + "' has already ended (" + r.outcome() + ")");
            }
            if (r.turns().size() != index) {
                throw new StaleStepException("step '" + turn.stepId() + "' of session '" + sessionId
                        + "' was already answered (turn " + index + " exists or is out of order)");
            }
            return r.after(turn);
        });
    }

    @Override
    public void finish(String sessionId, Outcome outcome, String fixedBy, Instant at) {
        SessionRecord r = sessions.computeIfPresent(sessionId, (id, s) ->
                s.outcome() == Outcome.IN_PROGRESS ? s.ended(outcome, fixedBy, at) : s);
        if (r == null) {
            throw new UnknownSessionException(sessionId);
        }
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
