package org.pairdoctor.store;

import org.pairdoctor.core.feedback.Comment;
import org.pairdoctor.core.feedback.CommentStore;
import org.pairdoctor.core.feedback.UnknownCommentException;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * Users' comments in the table {@code comments} (migration V100), on SQLite or PostgreSQL. Every
 * call is one autocommitted statement, durable when it returns. Thread-safe.
 */
public final class JdbcCommentStore implements CommentStore {
    private static final String COLUMNS = "id, session_id, problem_id, worked_step, body, created_at_us, status";

    private final Database db;

    public JdbcCommentStore(Database db) {
        this.db = db;
    }

    /**
     * @throws StoreException a {@link org.pairdoctor.core.Failure#CONFLICT} when the session does not exist
     *                        or the id is taken
     */
    @Override
    public void add(Comment c) {
        try {
            db.write(h -> h.createUpdate("INSERT INTO comments (" + COLUMNS + ") "
                            + "VALUES (:id, :session, :problem, :worked, :body, :at, :status)")
                    .bind("id", c.id()).bind("session", c.sessionId()).bind("problem", c.problemId())
                    .bind("worked", c.workedStep()).bind("body", c.text()).bind("at", Micros.of(c.createdAt()))
                    .bind("status", c.status().name())
                    .execute());
        } catch (StoreException e) {
            // A refused constraint (no such session, the id taken) stays a conflict; an outage stays one.
            throw new StoreException(e.failure(), "cannot store comment " + c.id() + " on session " + c.sessionId()
                    + ": " + Database.rootMessage(e), e);
        }
    }

    @Override
    public Optional<Comment> find(String id) {
        return db.read(h -> h.createQuery("SELECT " + COLUMNS + " FROM comments WHERE id = :id")
                .bind("id", id).map((rs, ctx) -> row(rs)).findOne());
    }

    @Override
    public List<Comment> withStatus(Comment.Status status, int limit) {
        return db.read(h -> h.createQuery("SELECT " + COLUMNS + " FROM comments WHERE status = :status "
                        + "ORDER BY created_at_us, id LIMIT :limit")
                .bind("status", status.name()).bind("limit", Math.max(0, limit))
                .map((rs, ctx) -> row(rs)).list());
    }

    @Override
    public List<Comment> approved(String problemId, int limit) {
        return db.read(h -> h.createQuery("SELECT " + COLUMNS + " FROM comments "
                        + "WHERE problem_id = :problem AND status = :status "
                        + "ORDER BY created_at_us DESC, id DESC LIMIT :limit")
                .bind("problem", problemId).bind("status", Comment.Status.APPROVED.name())
                .bind("limit", Math.max(0, limit))
                .map((rs, ctx) -> row(rs)).list());
    }

    @Override
    public Comment moderate(String id, Comment.Status status) {
        int changed = db.write(h -> h.createUpdate("UPDATE comments SET status = :status WHERE id = :id")
                .bind("status", status.name()).bind("id", id).execute());
        if (changed == 0) {
            throw new UnknownCommentException(id);
        }
        return find(id).orElseThrow(() -> new UnknownCommentException(id));
    }

    private static Comment row(ResultSet rs) throws SQLException {
        return new Comment(rs.getString("id"), rs.getString("session_id"), rs.getString("problem_id"),
                rs.getString("worked_step"), rs.getString("body"), Micros.toInstant(rs.getLong("created_at_us")),
                Comment.Status.valueOf(rs.getString("status")));
    }
}
