package org.pairdoctor.core.statistics;

import java.time.Instant;
import java.util.List;

/** Port: where users' feedback waits for moderation. Thread-safe; every call durable when it returns. */
public interface FeedbackStore {
    /** Stores new feedback (normally PENDING). */
    void submit(Feedback feedback);

    /** How many submissions a client made since {@code since}, for rate limiting. */
    int submittedSince(String clientKey, Instant since);

    /** Feedback with this status, oldest first. */
    List<Feedback> withStatus(Feedback.Status status);

    /** Approves or rejects; returns false when no feedback has that id. */
    boolean decide(String id, Feedback.Status status, Instant at);
}
