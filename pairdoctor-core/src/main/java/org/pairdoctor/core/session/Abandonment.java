package org.pairdoctor.core.session;

import java.time.Duration;
import java.time.Instant;

/**
 * When a paused session stops waiting for its person. Leaving (q, Ctrl-C, closing the tab) only
 * pauses a session: it can be continued in the terminal or the browser until it has been idle (no
 * reply) for {@link #IDLE_LIMIT}. From then on it counts as abandoned, ended at its last reply: in
 * the statistics, in learning, and when someone tries to continue it. The one place this is decided.
 */
public final class Abandonment {
    /** How long a session in progress waits for the next reply: a day, longer than any step's wait. */
    public static final Duration IDLE_LIMIT = Duration.ofHours(24);

    /** The limit in words, for banners and messages. */
    public static final String IDLE_LIMIT_TEXT = "24 hours";

    private Abandonment() {
    }

    /** The last time the person did something: the last reply, else the start. */
    public static Instant lastActive(SessionRecord r) {
        return r.turns().isEmpty() ? r.startedAt() : r.turns().get(r.turns().size() - 1).answeredAt();
    }

    /** True when a session stored as {@code stored} and last active at {@code lastActive} counts as abandoned at {@code now}. */
    public static boolean abandoned(Outcome stored, Instant lastActive, Instant now) {
        return stored == Outcome.ABANDONED
                || (stored == Outcome.IN_PROGRESS && !lastActive.plus(IDLE_LIMIT).isAfter(now));
    }

    /** True when {@code r} is still in progress but has been idle too long to continue at {@code now}. */
    public static boolean expired(SessionRecord r, Instant now) {
        return r.outcome() == Outcome.IN_PROGRESS && abandoned(r.outcome(), lastActive(r), now);
    }
}
