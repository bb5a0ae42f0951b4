package org.pairdoctor.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.pairdoctor.core.model.StepKind;
import org.pairdoctor.core.session.Outcome;
import org.pairdoctor.core.session.Reply;
import org.pairdoctor.core.session.SessionRecord;
import org.pairdoctor.core.session.SessionStore;
import org.pairdoctor.core.session.StaleStepException;
import org.pairdoctor.core.session.Turn;
import org.pairdoctor.core.session.UnknownSessionException;
import org.pairdoctor.core.statistics.OutcomeQueries;
import org.pairdoctor.core.statistics.SessionSummary;
import org.pairdoctor.core.statistics.StepCount;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The session store on SQLite or PostgreSQL (tables {@code sessions} and {@code turns}). Every
 * write is one transaction (on SQLite shared with concurrent writers by group commit, see
 * {@link Database#writeBatched}), durable when it returns; every read is one snapshot-consistent
 * query. Times are kept to the microsecond. Thread-safe.
 *
 * <p>Two replies to one step: each tries to insert turn {@code index}; the primary key
 * (session_id, idx) lets exactly one in and the other gets a {@link StaleStepException}. This
 * holds across processes and servers sharing one database.
 *
 * <p>It also answers the statistics' aggregate queries ({@link OutcomeQueries}, by
 * {@link JdbcOutcomeQueries}), so whoever holds the store can count.
 */
public final class JdbcSessionStore implements SessionStore, OutcomeQueries {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, String>> CONTEXT = new TypeReference<>() {
    };
    private static final String IN_PROGRESS = Outcome.IN_PROGRESS.name();

    private static final String SELECT_WITH_TURNS = """
            SELECT s.id, s.device_id, s.host_id, s.problem_id, s.channel, s.context, s.started_at_us,
                   s.outcome, s.fixed_by, s.ended_at_us, s.parameters_version, s.client_key,
                   t.idx, t.step_id, t.kind, t.reply, t.shown_at_us, t.answered_at_us
            FROM sessions s LEFT JOIN turns t ON t.session_id = s.id
            """;

    // Lands only while the session is in progress and has exactly `index` turns; the primary key
    // turns a concurrent second insert into a no-op.
    private static final String APPEND_TURN = """
            INSERT INTO turns (session_id, idx, step_id, kind, reply, shown_at_us, answered_at_us)
            SELECT ?, ?, ?, ?, ?, ?, ?
            WHERE EXISTS (SELECT 1 FROM sessions WHERE id = ? AND outcome = ?)
              AND (SELECT COUNT(*) FROM turns WHERE session_id = ?) = ?
            ON CONFLICT (session_id, idx) DO NOTHING""";

    private final Database db;

    public JdbcSessionStore(Database db) {
        this.db = db;
    }

    @Override
    public void create(SessionRecord s) {
        db.writeBatched(creating(s));
    }

    /** On SQLite the caller's thread is free while the batch commits (see {@link Database#writeBatchedAsync}). */
    @Override
    public CompletableFuture<Void> createAsync(SessionRecord s) {
        return db.writeBatchedAsync(creating(s));
    }

    private static HandleCallback<Void, RuntimeException> creating(SessionRecord s) {
        return tx -> {
            tx.createUpdate("""
                            INSERT INTO sessions (id, device_id, host_id, problem_id, channel, context,
                                started_at_us, outcome, fixed_by, ended_at_us, parameters_version, client_key)
                            VALUES (:id, :device, :host, :problem, :channel, :context, :started, :outcome,
                                :fixedBy, :ended, :version, :client)""")
                    .bind("id", s.id()).bind("device", s.deviceId()).bind("host", s.hostId())
                    .bind("problem", s.problemId()).bind("channel", s.channel())
                    .bind("context", toJson(s.context())).bind("started", Micros.of(s.startedAt()))
                    .bind("outcome", s.outcome().name()).bind("fixedBy", s.fixedBy())
                    .bind("ended", Micros.ofNullable(s.endedAt())).bind("version", s.parametersVersion())
                    .bind("client", s.clientKey())
                    .execute();
            for (int i = 0; i < s.turns().size(); i++) {
                insertTurn(tx, s.id(), i, s.turns().get(i));
            }
            return null;
        };
    }

    @Override
    public void appendTurn(String sessionId, int index, Turn turn) {
        db.writeBatched(appending(sessionId, index, turn));
    }

    /** On SQLite the caller's thread is free while the batch commits (see {@link Database#writeBatchedAsync}). */
    @Override
    public CompletableFuture<Void> appendTurnAsync(String sessionId, int index, Turn turn) {
        return db.writeBatchedAsync(appending(sessionId, index, turn));
    }

    private static HandleCallback<Void, RuntimeException> appending(String sessionId, int index, Turn turn) {
        return tx -> {
            // Plain JDBC on this hot path (every answer): JDBI's statement building cost about a
            // fifth of a request's CPU under load.
            int n;
            try {
                PreparedStatement ps = PreparedStatements.of(tx, APPEND_TURN);
                ps.setString(1, sessionId);
                ps.setInt(2, index);
                ps.setString(3, turn.stepId());
                ps.setString(4, turn.kind().name());
                ps.setString(5, turn.reply().code());
                ps.setLong(6, Micros.of(turn.shownAt()));
                ps.setLong(7, Micros.of(turn.answeredAt()));
                ps.setString(8, sessionId);
                ps.setString(9, IN_PROGRESS);
                ps.setString(10, sessionId);
                ps.setInt(11, index);
                n = ps.executeUpdate();
            } catch (SQLException e) {
                throw new StoreException("cannot store a turn of session '" + sessionId + "': "
                        + Database.rootMessage(e), e);
            }
            if (n == 1) {
                endIfFinal(tx, sessionId, turn);
                return null;
            }
            Optional<String> outcome = tx.createQuery("SELECT outcome FROM sessions WHERE id = :id")
                    .bind("id", sessionId).mapTo(String.class).findOne();
            if (outcome.isEmpty()) {
                throw new UnknownSessionException(sessionId);
            }
            if (!outcome.get().equals(IN_PROGRESS)) {
                throw new StaleStepException("session '" + sessionId + "' has already ended ("
                        + outcome.get() + ")");
            }
            throw new StaleStepException("step '" + turn.stepId() + "' of session '" + sessionId
                    + "' was already answered (turn " + index + " exists or is out of order)");
        };
    }

    /**
     * A reply that ends the session (worked, accepted) ends it in the same transaction as the turn
     * lands, so no reader, on this server or another, ever sees the final turn on a session still in
     * progress and answers it again. The caller's {@link #finish} afterwards is then a no-op.
     */
    private static void endIfFinal(Handle tx, String sessionId, Turn turn) {
        Outcome end = turn.ends();
        if (end == null) {
            return;
        }
        tx.createUpdate("""
                        UPDATE sessions SET outcome = :outcome, fixed_by = :fixedBy, ended_at_us = :ended
                        WHERE id = :id AND outcome = :inProgress""")
                .bind("outcome", end.name()).bind("fixedBy", turn.fixedStep())
                .bind("ended", Micros.of(turn.answeredAt())).bind("id", sessionId).bind("inProgress", IN_PROGRESS)
                .execute();
    }

    /**
     * Records the end of a session. The first end wins: finishing a session that has already
     * ended leaves it as it is (a reply and an abandon racing on two servers).
     */
    @Override
    public void finish(String sessionId, Outcome outcome, String fixedBy, Instant at) {
        // Usually the final reply already ended the session in its own transaction (endIfFinal):
        // then a committed read says so and there is nothing to write or wait for. An end, once
        // committed, never goes back, so this shortcut cannot skip a needed write.
        if (endedAlready(sessionId)) {
            return;
        }
        db.writeBatched(h -> {
            int n = h.createUpdate("""
                            UPDATE sessions SET outcome = :outcome, fixed_by = :fixedBy, ended_at_us = :ended
                            WHERE id = :id AND outcome = :inProgress""")
                    .bind("outcome", outcome.name()).bind("fixedBy", fixedBy).bind("ended", Micros.of(at))
                    .bind("id", sessionId).bind("inProgress", IN_PROGRESS)
                    .execute();
            if (n == 0 && h.createQuery("SELECT COUNT(*) FROM sessions WHERE id = :id").bind("id", sessionId)
                    .mapTo(Integer.class).one() == 0) {
                throw new UnknownSessionException(sessionId);
            }
            return null;
        });
    }

    private boolean endedAlready(String sessionId) {
        try (Connection c = db.dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT outcome FROM sessions WHERE id = ?")) {
            ps.setString(1, sessionId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && !IN_PROGRESS.equals(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read session '" + sessionId + "': " + Database.rootMessage(e), e);
        }
    }

    /** How far a session has got, as cheaply as the database can say: its outcome and number of turns. */
    public record Progress(Outcome outcome, int turns) {
        /** True when {@code s} is this far: same outcome, same number of turns. */
        public boolean matches(SessionRecord s) {
            return s.outcome() == outcome && s.turns().size() == turns;
        }
    }

    /** The session's {@link Progress}; empty when there is no such session. */
    public Optional<Progress> progress(String sessionId) {
        try (Connection c = db.dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT s.outcome, (SELECT COUNT(*) FROM turns t"
                     + " WHERE t.session_id = s.id) FROM sessions s WHERE s.id = ?")) {
            ps.setString(1, sessionId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Progress(Outcome.valueOf(rs.getString(1)), rs.getInt(2)))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read session '" + sessionId + "': " + Database.rootMessage(e), e);
        }
    }

    @Override
    public Optional<SessionRecord> find(String sessionId) {
        // Plain JDBC on the pool (every request reads its session): one snapshot-consistent query.
        try (Connection c = db.dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement(SELECT_WITH_TURNS + " WHERE s.id = ? ORDER BY t.idx")) {
            ps.setString(1, sessionId);
            try (ResultSet rs = ps.executeQuery()) {
                return rows(rs).stream().findFirst();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read session '" + sessionId + "': " + Database.rootMessage(e), e);
        }
    }

    @Override
    public List<SessionRecord> startedSince(Instant since) {
        return startedBetween(since, Instant.MAX);
    }

    /**
     * Streams the sessions from one query, oldest first: rows are read as {@code each} takes them
     * (PostgreSQL: a cursor of 500 rows in a read-only transaction; SQLite reads step by step), so an
     * export of a million sessions holds one session in memory at a time.
     */
    @Override
    public void eachStartedSince(Instant since, java.util.function.Consumer<SessionRecord> each) {
        try (Connection c = db.dataSource().getConnection()) {
            boolean auto = c.getAutoCommit();
            // Without a transaction PostgreSQL's driver fetches every row before the first one.
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(SELECT_WITH_TURNS
                    + " WHERE s.started_at_us >= ? ORDER BY s.started_at_us, s.id, t.idx")) {
                ps.setFetchSize(500);
                ps.setLong(1, Micros.clamped(since));
                try (ResultSet rs = ps.executeQuery()) {
                    rows(rs, each);
                }
            } finally {
                c.rollback();
                c.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the sessions: " + Database.rootMessage(e), e);
        }
    }

    /** Sessions started in [{@code from}, {@code to}), oldest first, each with its turns in order. */
    public List<SessionRecord> startedBetween(Instant from, Instant to) {
        long fromUs = Micros.clamped(from);
        long toUs = Micros.clamped(to);
        return db.read(h -> collect(h.createQuery(SELECT_WITH_TURNS
                        + " WHERE s.started_at_us >= :from AND s.started_at_us < :to"
                        + " ORDER BY s.started_at_us, s.id, t.idx")
                .bind("from", fromUs).bind("to", toUs)));
    }

    @Override
    public List<SessionSummary> sessions(Instant from, Instant to) {
        return new JdbcOutcomeQueries(db).sessions(from, to);
    }

    @Override
    public List<StepCount> steps(Instant from, Instant to) {
        return new JdbcOutcomeQueries(db).steps(from, to);
    }

    /** How many sessions are stored. */
    public long count() {
        return db.read(h -> h.createQuery("SELECT COUNT(*) FROM sessions").mapTo(Long.class).one());
    }

    private static void insertTurn(Handle h, String sessionId, int index, Turn t) {
        h.createUpdate("""
                        INSERT INTO turns (session_id, idx, step_id, kind, reply, shown_at_us, answered_at_us)
                        VALUES (:id, :idx, :step, :kind, :reply, :shown, :answered)""")
                .bind("id", sessionId).bind("idx", index).bind("step", t.stepId()).bind("kind", t.kind().name())
                .bind("reply", t.reply().code()).bind("shown", Micros.of(t.shownAt()))
                .bind("answered", Micros.of(t.answeredAt()))
                .execute();
    }

    /** Groups the joined rows (ordered by session, then turn) into records. */
    private static List<SessionRecord> collect(org.jdbi.v3.core.statement.Query q) {
        return q.scanResultSet((supplier, ctx) -> rows(supplier.get()));
    }

    private static List<SessionRecord> rows(ResultSet rs) throws SQLException {
        List<SessionRecord> out = new ArrayList<>();
        rows(rs, out::add);
        return out;
    }

    private static void rows(ResultSet rs, java.util.function.Consumer<SessionRecord> out) throws SQLException {
        SessionRecord current = null;
        List<Turn> turns = new ArrayList<>();
        while (rs.next()) {
            String id = rs.getString("id");
            if (current == null || !current.id().equals(id)) {
                if (current != null) {
                    out.accept(withTurns(current, turns));
                }
                current = session(rs);
                turns = new ArrayList<>();
            }
            rs.getInt("idx");
            if (!rs.wasNull()) {
                turns.add(turn(rs));
            }
        }
        if (current != null) {
            out.accept(withTurns(current, turns));
        }
    }

    private static SessionRecord withTurns(SessionRecord s, List<Turn> turns) {
        return s.withTurns(turns);
    }

    private static SessionRecord session(ResultSet rs) throws SQLException {
        long ended = rs.getLong("ended_at_us");
        Instant endedAt = rs.wasNull() ? null : Micros.toInstant(ended);
        return new SessionRecord(rs.getString("id"), rs.getString("device_id"), rs.getString("host_id"),
                rs.getString("problem_id"), rs.getString("channel"), fromJson(rs.getString("context")),
                Micros.toInstant(rs.getLong("started_at_us")), List.of(), Outcome.valueOf(rs.getString("outcome")),
                rs.getString("fixed_by"), endedAt, rs.getLong("parameters_version"), rs.getString("client_key"));
    }

    private static Turn turn(ResultSet rs) throws SQLException {
        return new Turn(rs.getString("step_id"), StepKind.valueOf(rs.getString("kind")),
                Reply.parse(rs.getString("reply")), Micros.toInstant(rs.getLong("shown_at_us")),
                Micros.toInstant(rs.getLong("answered_at_us")));
    }

    private static String toJson(Map<String, String> context) {
        try {
            return JSON.writeValueAsString(new java.util.TreeMap<>(context));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings is always JSON", e);
        }
    }

    private static Map<String, String> fromJson(String json) {
        try {
            return json == null || json.isBlank() ? Map.of() : JSON.readValue(json, CONTEXT);
        } catch (JsonProcessingException e) {
            throw new StoreException(org.pairdoctor.core.Failure.INTERNAL, "a stored session has an unreadable context: " + e.getOriginalMessage());
        }
    }
}
