package org.pairdoctor.store;

import org.pairdoctor.core.session.UnknownSessionException;
import org.pairdoctor.core.statistics.Feedback;
import org.pairdoctor.core.statistics.FeedbackStore;

import java.time.Instant;
import java.util.List;

/** Users' feedback in the table {@code feedback}. */
public final class JdbcFeedbackStore implements FeedbackStore {
    private final Database db;

    public JdbcFeedbackStore(Database db) {
        this.db = db;
    }

    @Override
    public void submit(Feedback f) {
        db.write(h -> {
            if (h.createQuery("SELECT COUNT(*) FROM sessions WHERE id = :id").bind("id", f.sessionId())
                    .mapTo(Integer.class).one() == 0) {
                throw new UnknownSessionException(f.sessionId());
            }
            return h.createUpdate("""
                            INSERT INTO feedback (id, session_id, problem_id, worked_step, comment, status, client_key,
                                created_at_us)
                            VALUES (:id, :session, :problem, :worked, :comment, :status, :client, :at)""")
                    .bind("id", f.id()).bind("session", f.sessionId()).bind("problem", f.problemId())
                    .bind("worked", f.workedStep()).bind("comment", f.comment()).bind("status", f.status().name())
                    .bind("client", f.clientKey()).bind("at", Micros.of(f.createdAt()))
                    .execute();
        });
    }

    @Override
    public int submittedSince(String clientKey, Instant since) {
        return db.read(h -> h.createQuery(
                        "SELECT COUNT(*) FROM feedback WHERE client_key = :c AND created_at_us >= :since")
                .bind("c", clientKey).bind("since", Micros.clamped(since)).mapTo(Integer.class).one());
    }

    @Override
    public List<Feedback> withStatus(Feedback.Status status) {
        return db.read(h -> h.createQuery("""
                        SELECT id, session_id, problem_id, worked_step, comment, status, client_key, created_at_us
                        FROM feedback WHERE status = :s ORDER BY created_at_us, id""")
                .bind("s", status.name())
                .map((rs, ctx) -> new Feedback(rs.getString("id"), rs.getString("session_id"),
                        rs.getString("problem_id"), rs.getString("worked_step"), rs.getString("comment"),
                        Feedback.Status.valueOf(rs.getString("status")), rs.getString("client_key"),
                        Micros.toInstant(rs.getLong("created_at_us"))))
                .list());
    }

    @Override
    public boolean decide(String id, Feedback.Status status, Instant at) {
        return db.write(h -> h.createUpdate(
                        "UPDATE feedback SET status = :s, decided_at_us = :at WHERE id = :id")
                .bind("s", status.name()).bind("at", Micros.of(at)).bind("id", id).execute()) == 1;
    }
}
