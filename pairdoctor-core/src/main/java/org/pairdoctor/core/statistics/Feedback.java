package org.pairdoctor.core.statistics;

import java.time.Instant;

/**
 * What someone said at the end of a session: the step that worked for them (may be null) and a
 * short comment, unpublished until an admin approves it.
 *
 * @param clientKey a salted hash of the client, only for rate limiting; never shown
 */
public record Feedback(String id, String sessionId, String problemId, String workedStep, String comment,
                       Status status, String clientKey, Instant createdAt) {
    /** Longest comment kept. */
    public static final int MAX_COMMENT = 2000;

    /** Moderation state. */
    public enum Status { PENDING, APPROVED, REJECTED }

    public Feedback {
        if (comment == null) {
            comment = "";
        }
        if (comment.length() > MAX_COMMENT) {
            throw new IllegalArgumentException("the comment has " + comment.length() + " characters; at most "
                    + MAX_COMMENT + " are kept");
        }
    }
}
