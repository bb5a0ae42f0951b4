package org.pairdoctor.core.feedback;

import java.time.Instant;
import java.util.Objects;

/**
 * A report a user left at the end of a session: which step worked (or {@link #NOTHING}) and a short
 * comment. Comments are published only after an admin approves them.
 *
 * @param id unguessable id
 * @param sessionId the session it is about
 * @param problemId the session's problem, so approved comments can be shown with that problem
 * @param workedStep the id of the step that worked, or {@link #NOTHING}
 * @param text the comment, at most {@link #MAX_TEXT} characters; may be empty
 * @param status where moderation stands
 */
public record Comment(String id, String sessionId, String problemId, String workedStep, String text,
                      Instant createdAt, Status status) {
    /** What {@link #workedStep} says when no step worked. */
    public static final String NOTHING = "nothing";
    /** Longest accepted comment, in characters. */
    public static final int MAX_TEXT = 1000;

    /** Where moderation stands: new comments wait; only approved ones are shown. */
    public enum Status { PENDING, APPROVED, REJECTED }

    public Comment {
        requireText(id, "id");
        requireText(sessionId, "sessionId");
        requireText(problemId, "problemId");
        requireText(workedStep, "workedStep");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(status, "status");
        text = text == null ? "" : text.strip();
        if (text.length() > MAX_TEXT) {
            throw new InvalidCommentException("the comment has " + text.length() + " characters; the limit is "
                    + MAX_TEXT);
        }
    }

    /** A new comment, waiting for moderation. */
    public static Comment submitted(String id, String sessionId, String problemId, String workedStep, String text,
                                    Instant at) {
        return new Comment(id, sessionId, problemId, workedStep, text, at, Status.PENDING);
    }

    public Comment withStatus(Status s) {
        return new Comment(id, sessionId, problemId, workedStep, text, createdAt, s);
    }

    /** True when the user said no step worked. */
    public boolean nothingWorked() {
        return NOTHING.equals(workedStep);
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new InvalidCommentException("a comment needs a " + name);
        }
    }
}
