package org.pairdoctor.store;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import org.pairdoctor.core.session.Outcome;
import org.pairdoctor.core.session.SessionRecord;
import org.pairdoctor.core.session.SessionStore;
import org.pairdoctor.core.session.Turn;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * A write-through cache of sessions in front of the database, for a server that is the only one
 * changing its sessions (one {@code serve} per SQLite file, which {@link ServerClaim} enforces).
 *
 * <p>Every answer reads its session before it writes the new turn; that read was about a third
 * of the server's CPU under load. Here reads come from memory and writes still go to the
 * database first: a change is cached only after it is durable, so the database stays the truth
 * and a restart loses nothing.
 *
 * <p>The cache never holds a state older than one it held before: a miss reads the database
 * inside the cache's per-key compute, and a successful turn extends the cached state only when it
 * is exactly the state the turn was appended to. Anything else (a stale or failed write, an
 * abandoned session) drops the entry and the next read goes to the database. The database's own
 * guard (turn {@code index} lands once) decides every race, as without the cache.
 *
 * <p>Other processes may still write to the file ({@code pairdoctor diagnose --session} continuing
 * a session the server is showing): a cached session is checked against the database at most every
 * 200 ms when read ({@link #find}), so the server never shows it stale for longer.
 */
public final class CachedSessionStore implements SessionStore {
    /** A cached session and when it last agreed with the database ({@link System#nanoTime()}). */
    private record Checked(SessionRecord session, long at) {
    }

    private final JdbcSessionStore database;
    private final Cache<String, Checked> sessions;
    private final long recheckNanos;

    /**
     * Up to 20,000 sessions; one in progress is kept until unused for 30 minutes; one that ends here
     * leaves at its end, and an ended one read again (a finish page) stays a minute. Only what is in
     * use stays: the heap, and with it the collector's work, stays small however many sessions the
     * database holds. A cached session is checked against the database when it was last checked over
     * 200 ms ago (see {@link #find}).
     */
    public CachedSessionStore(JdbcSessionStore database) {
        this(database, 20_000, Duration.ofMinutes(30));
    }

    public CachedSessionStore(JdbcSessionStore database, long capacity, Duration idle) {
        this(database, capacity, idle, Duration.ofMinutes(1), Duration.ofMillis(200));
    }

    CachedSessionStore(JdbcSessionStore database, long capacity, Duration idle, Duration ended) {
        this(database, capacity, idle, ended, Duration.ofMillis(200));
    }

    /** @param recheck how long a cached session is served without asking the database whether it moved on */
    CachedSessionStore(JdbcSessionStore database, long capacity, Duration idle, Duration ended, Duration recheck) {
        this.database = database;
        this.recheckNanos = recheck.toNanos();
        this.sessions = Caffeine.newBuilder().maximumSize(capacity)
                .expireAfter(Expiry.accessing((String id, Checked c) ->
                        c.session().outcome() == Outcome.IN_PROGRESS ? idle : ended))
                .build();
    }

    @Override
    public void create(SessionRecord session) {
        database.create(session);
        sessions.put(session.id(), new Checked(session, System.nanoTime()));
    }

    @Override
    public CompletableFuture<Void> createAsync(SessionRecord session) {
        // Cached once durable; nobody has the new id before the future completes.
        return database.createAsync(session).thenRun(() ->
                sessions.put(session.id(), new Checked(session, System.nanoTime())));
    }

    @Override
    public void appendTurn(String sessionId, int index, Turn turn) {
        try {
            database.appendTurn(sessionId, index, turn);
        } catch (RuntimeException e) {
            sessions.invalidate(sessionId);
            throw e;
        }
        appended(sessionId, index, turn);
    }

    @Override
    public CompletableFuture<Void> appendTurnAsync(String sessionId, int index, Turn turn) {
        return database.appendTurnAsync(sessionId, index, turn).whenComplete((stored, failure) -> {
            if (failure != null) {
                sessions.invalidate(sessionId);
            } else {
                appended(sessionId, index, turn);
            }
        });
    }

    private void appended(String sessionId, int index, Turn turn) {
        // A final turn ended the session in the same transaction (JdbcSessionStore), so the cached
        // state ends with it too (SessionRecord.after). compute, not computeIfPresent: that one returns
        // at once while a miss is still loading this key, which would then cache the state from before
        // this turn. compute waits for the load. The turn landed as number `index`, so the database had
        // exactly the cached turns: the entry agrees with it now.
        sessions.asMap().compute(sessionId, (id, cached) ->
                cached != null && cached.session().turns().size() == index
                        && cached.session().outcome() == Outcome.IN_PROGRESS
                        ? new Checked(cached.session().after(turn), System.nanoTime())
                        : null);
    }

    @Override
    public void finish(String sessionId, Outcome outcome, String fixedBy, Instant at) {
        Checked cached = sessions.getIfPresent(sessionId);
        if (cached != null && cached.session().outcome() != Outcome.IN_PROGRESS) {
            // The first end wins, as in the database, and this one is already stored. An ended
            // session is seldom read again: it leaves the cache now rather than grow the heap.
            sessions.invalidate(sessionId);
            return;
        }
        try {
            database.finish(sessionId, outcome, fixedBy, at);
        } finally {
            sessions.invalidate(sessionId);
        }
    }

    /**
     * From memory; but another process on the same file (a {@code diagnose --session} in a terminal)
     * may have answered or ended the session meanwhile. So a session last checked more than the
     * recheck period ago is compared with the database's {@link JdbcSessionStore.Progress} (outcome
     * and number of turns: one small indexed query) and read again when they differ. Under load a
     * session is asked for many times in that period, so nearly every read still comes from memory;
     * a change made elsewhere shows within the period. Writes need no check: the database's guard
     * refuses a turn that another process already stored, and the entry is dropped.
     */
    @Override
    public Optional<SessionRecord> find(String sessionId) {
        // A miss reads inside the per-key compute, so a turn stored meanwhile is applied after it
        // (or drops it), never before it and then overwritten by the older read.
        Checked c = sessions.get(sessionId, this::load);
        if (c == null) {
            return Optional.empty();
        }
        long now = System.nanoTime();
        if (now - c.at() < recheckNanos) {
            return Optional.of(c.session());
        }
        Optional<JdbcSessionStore.Progress> stored = database.progress(sessionId);
        if (stored.isPresent() && stored.get().matches(c.session())) {
            sessions.asMap().replace(sessionId, c, new Checked(c.session(), now));
            return Optional.of(c.session());
        }
        // Changed (or gone) elsewhere: read it again, in the per-key compute as a miss does.
        Checked fresh = sessions.asMap().compute(sessionId, (id, old) -> load(id));
        return fresh == null ? Optional.empty() : Optional.of(fresh.session());
    }

    private Checked load(String id) {
        long at = System.nanoTime();
        return database.find(id).map(r -> new Checked(r, at)).orElse(null);
    }

    @Override
    public List<SessionRecord> startedSince(Instant since) {
        return database.startedSince(since);
    }

    @Override
    public void eachStartedSince(Instant since, java.util.function.Consumer<SessionRecord> each) {
        database.eachStartedSince(since, each);
    }
}
