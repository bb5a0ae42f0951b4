package org.pairdoctor.core.session;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Port: where sessions and their turns are kept. Implementations are thread-safe, and every call is
 * durable before it returns (in memory: visible to every later call). The contract, which every
 * implementation passes ({@code SessionStoreContract} in pairdoctor-store's tests runs on SQLite,
 * PostgreSQL, the server's cache and {@link InMemorySessionStore}):
 *
 * <ul>
 *   <li>{@link #create}: a new session; an id already stored fails with a
 *       {@link org.pairdoctor.core.Failure#CONFLICT CONFLICT} {@code PairdoctorException}.</li>
 *   <li>{@link #appendTurn}: lands only as turn {@code index} of a session in progress that has exactly
 *       {@code index} turns; otherwise {@link StaleStepException} (a second reply to one step, a gap, an
 *       ended session), or {@link UnknownSessionException}. So of two replies to one step exactly one
 *       lands, also across processes sharing a database.</li>
 *   <li>A turn that ends its session ({@link Turn#ends()}: worked, accepted escalation) ends it in the
 *       same atomic step: outcome {@code turn.ends()}, fixed by {@link Turn#fixedStep()}, ended at the
 *       turn's answer time, exactly as {@link SessionRecord#after(Turn)} says. No reader ever sees the
 *       final turn on a session still in progress, and the caller need not {@link #finish} it.</li>
 *   <li>{@link #finish}: ends a session in progress (abandoned, or any end the caller decides); the
 *       first end wins, so finishing an ended session changes nothing; an unknown id fails with
 *       {@link UnknownSessionException}.</li>
 *   <li>{@link #find} and {@link #startedSince} return sessions with their turns in order.</li>
 * </ul>
 */
public interface SessionStore {
    /** Stores a new session (usually with no turns yet). */
    void create(SessionRecord session);

    /**
     * {@link #create} that need not hold the caller's thread while the session is made durable: the
     * future completes once it is (or fails as {@code create} would throw). This default stores on
     * the caller's thread and returns a completed future.
     */
    default CompletableFuture<Void> createAsync(SessionRecord session) {
        try {
            create(session);
            return CompletableFuture.completedFuture(null);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /**
     * Appends a turn as turn number {@code index} (0-based), and ends the session when the turn
     * ends it (see the contract above). Throws {@link StaleStepException} when the session already
     * has a turn at that index or has ended, so two replies to one step cannot both land.
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

    /** Records how a session in progress ended; the first end wins. */
    void finish(String sessionId, Outcome outcome, String fixedBy, Instant at);

    Optional<SessionRecord> find(String sessionId);

    /** Sessions started at or after {@code since}, oldest first, for learning and statistics. */
    List<SessionRecord> startedSince(Instant since);

    /**
     * {@link #startedSince} one session at a time, oldest first, for an export of any size: a
     * database store reads them as it goes, so memory stays the same however many there are. A
     * failure to read at all is thrown before {@code each} sees a session. This default lists them
     * all first (fine in memory).
     */
    default void eachStartedSince(Instant since, java.util.function.Consumer<SessionRecord> each) {
        startedSince(since).forEach(each);
    }
}
