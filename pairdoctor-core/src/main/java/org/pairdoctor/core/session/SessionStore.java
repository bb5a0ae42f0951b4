package org.pairdoctor.core.session;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Port: where sessions and their turns are kept. Adapters (SQLite, PostgreSQL, in-memory for
 * tests) must make each call durable before returning. Implementations are thread-safe.
 */
public interface SessionStore {
    /** Stores a new session (usually with no turns yet). */
    void create(SessionRecord session);

    /**
     * Appends a turn as turn number {@code index} (0-based). Throws {@link StaleStepException} when
     * the session already has a turn at that index, so two replies to one step cannot both land.
     */
    void appendTurn(String sessionId, int index, Turn turn);

    /**
     * {@link #appendTurn} that need not hold the caller's thread while the turn is made durable:
     * the future completes once it is (or fails as {@code appendTurn} would throw). This default
     * stores on the caller's thread and returns a completed future.
     */
    default CompletableFuture<Void> appendTurnAsync(String sessionId, int index, Turn turn) {
        try {
            appendTurn(sessionId, index, turn);
            return CompletableFuture.completedFuture(null);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** Records how the session ended. */
    void finish(String sessionId, Outcome outcome, String fixedBy, Instant at);

    Optional<SessionRecord> find(String sessionId);

    /** Sessions started at or after {@code since}, oldest first, for learning and statistics. */
    List<SessionRecord> startedSince(Instant since);
}
