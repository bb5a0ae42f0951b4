package org.pairdoctor.store;

import org.pairdoctor.core.session.Outcome;
import org.pairdoctor.core.statistics.OutcomeQueries;
import org.pairdoctor.core.statistics.SessionSummary;
import org.pairdoctor.core.statistics.StepCount;

import java.time.Instant;
import java.util.List;

/**
 * The statistics' queries as SQL aggregates on the {@code sessions} and {@code turns} tables, per
 * problem, host and headset ({@code device_id}).
 */
public final class JdbcOutcomeQueries implements OutcomeQueries {
    private final Database db;

    public JdbcOutcomeQueries(Database db) {
        this.db = db;
    }

    @Override
    public List<SessionSummary> sessions(Instant from, Instant to) {
        return db.read(h -> h.createQuery("""
                        SELECT id, device_id, problem_id, host_id, started_at_us, outcome, fixed_by, ended_at_us,
                               CASE WHEN outcome = 'IN_PROGRESS' THEN
                                   (SELECT MAX(t.answered_at_us) FROM turns t WHERE t.session_id = s.id)
                               END AS last_reply_us
                        FROM sessions s WHERE started_at_us >= :from AND started_at_us < :to
                        ORDER BY started_at_us, id""")
                .bind("from", Micros.clamped(from)).bind("to", Micros.clamped(to))
                .map((rs, ctx) -> {
                    long ended = rs.getLong("ended_at_us");
                    Instant endedAt = rs.wasNull() ? null : Micros.toInstant(ended);
                    long lastReply = rs.getLong("last_reply_us");
                    // A session in progress was last active at its last reply (the idle rule needs it).
                    Instant lastActive = rs.wasNull() ? null : Micros.toInstant(lastReply);
                    return new SessionSummary(rs.getString("id"), rs.getString("device_id"), rs.getString("problem_id"),
                            rs.getString("host_id"), Micros.toInstant(rs.getLong("started_at_us")),
                            Outcome.valueOf(rs.getString("outcome")), rs.getString("fixed_by"), endedAt, lastActive);
                })
                .list());
    }

    @Override
    public List<StepCount> steps(Instant from, Instant to) {
        return db.read(h -> h.createQuery("""
                        SELECT s.problem_id, s.host_id, s.device_id, t.step_id, COUNT(*) AS tries,
                               SUM(CASE WHEN t.reply = 'worked' THEN 1 ELSE 0 END) AS fixes
                        FROM turns t JOIN sessions s ON s.id = t.session_id
                        WHERE t.kind = 'ACTION' AND t.reply IN ('worked', 'did-not-help')
                          AND s.started_at_us >= :from AND s.started_at_us < :to
                        GROUP BY s.problem_id, s.host_id, s.device_id, t.step_id
                        ORDER BY s.problem_id, s.host_id, s.device_id, t.step_id""")
                .bind("from", Micros.clamped(from)).bind("to", Micros.clamped(to))
                .map((rs, ctx) -> new StepCount(rs.getString("problem_id"), rs.getString("host_id"),
                        rs.getString("device_id"), rs.getString("step_id"), rs.getLong("tries"), rs.getLong("fixes")))
                .list());
    }
}
