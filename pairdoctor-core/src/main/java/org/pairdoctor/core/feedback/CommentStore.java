package org.pairdoctor.core.feedback;

import java.util.List;
import java.util.Optional;

/**
 * Port: where users' comments are kept. Adapters (SQL, in-memory for tests) make each call durable
 * before returning. Implementations are thread-safe.
 */
public interface CommentStore {
    /** Stores a new comment. */
    void add(Comment comment);

    Optional<Comment> find(String id);

    /** Comments in a status, oldest first (the moderation queue), at most {@code limit}. */
    List<Comment> withStatus(Comment.Status status, int limit);

    /** Approved comments about a problem, newest first, at most {@code limit}: what the public sees. */
    List<Comment> approved(String problemId, int limit);

    /**
     * Sets a comment's status and returns the comment as it is now.
     *
     * @throws UnknownCommentException when no comment has that id
     */
    Comment moderate(String id, Comment.Status status);
}
