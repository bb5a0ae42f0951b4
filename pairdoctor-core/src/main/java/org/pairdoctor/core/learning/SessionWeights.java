package org.pairdoctor.core.learning;

import org.pairdoctor.core.session.Outcome;
import org.pairdoctor.core.session.SessionRecord;
import org.pairdoctor.core.session.Turn;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Which stored sessions learning believes, and how much: the learning input's defence against
 * scripts and floods, so that no client can steer the learned numbers (issue 14).
 *
 * <ul>
 *   <li>A session without a real outcome teaches nothing: no reply that is evidence (created and
 *       left, or only confirmations) weighs 0. One that ended without an outcome (abandoned, or left
 *       running for a day) weighs {@link Rules#unfinished()}: people who gave up say something, but a
 *       flood of "didn't help, leave" is the cheapest way to push fix rates down.</li>
 *   <li>Replies faster than a person can read a step ({@link Rules#quickest()}) are not a
 *       person's: when at least {@link Rules#quickShare()} of a session's replies are that quick, the
 *       session weighs 0. A reply with no duration at all was recorded, not timed (the
 *       connector's probes answer questions at the start) and is not judged.</li>
 *   <li>One client ({@link SessionRecord#clientKey()}) counts as at most {@link Rules#perClient()}
 *       sessions in all: each of its n believed sessions weighs {@code min(1, perClient / n)}; a
 *       client with more than {@link Rules#flood()} is no person and counts not at all. A person's
 *       second session on a problem is not independent evidence anyway (same headset, same cause).
 *       Sessions without a key (terminal, simulations) are each their own client.</li>
 *   <li>Robust durations: a reply quicker than a person can read, or slower than
 *       {@link Rules#longest()} (the page left open), tells nothing about how long the step takes and
 *       is not learned as its duration.</li>
 * </ul>
 * Immutable and pure.
 */
public final class SessionWeights {
    /**
     * What learning believes.
     *
     * @param quickest   a reply sooner than this after its step was shown is too quick to be a person's
     * @param quickShare share of a session's replies that may be too quick before the session is dropped
     * @param perClient  sessions' worth one client contributes at most (0 or less: no cap)
     * @param flood      a client with more believable sessions than this is a script or a test rig, not a
     *                   person, and counts not at all (0 or less: never)
     * @param unfinished weight of a session that ended without an outcome (abandoned or stale)
     * @param longest    a reply later than this is the page left open, not the step's duration
     */
    public record Rules(Duration quickest, double quickShare, double perClient, int flood, double unfinished,
                        Duration longest) {
        public Rules {
            Objects.requireNonNull(quickest, "quickest");
            Objects.requireNonNull(longest, "longest");
            if (!(quickShare > 0 && quickShare <= 1)) {
                throw new IllegalArgumentException("quickShare must be in (0, 1], was " + quickShare);
            }
            if (!(unfinished >= 0 && unfinished <= 1)) {
                throw new IllegalArgumentException("unfinished must be in [0, 1], was " + unfinished);
            }
        }

        /**
         * 2 s to read a step (at most six short lines; the shortest question is one line), half the
         * replies that quick drops a session, 3 sessions per client and none from a client with more than
         * 30, an unfinished session half, and a step's duration at most 2 hours (the longest authored wait
         * is a charge of about an hour).
         */
        public static Rules defaults() {
            return new Rules(Duration.ofSeconds(2), 0.5, 3, 30, 0.5, Duration.ofHours(2));
        }

        /** Believes every session fully, as learning did before these rules (tests, comparisons). */
        public static Rules trustAll() {
            return new Rules(Duration.ZERO, 1, 0, 0, 1, Duration.ofDays(36_500));
        }
    }

    private final Rules rules;
    /** Sessions' worth each client key has after the other rules. */
    private final Map<String, Double> perClient = new HashMap<>();
    /** How many sessions each client key has that the other rules believe at all. */
    private final Map<String, Integer> believable = new HashMap<>();

    private SessionWeights(Rules rules) {
        this.rules = rules;
    }

    /** The weights of {@code sessions} (the whole set learning reads: the per-client cap counts over it). */
    public static SessionWeights of(List<SessionRecord> sessions, Rules rules) {
        SessionWeights w = new SessionWeights(rules);
        for (SessionRecord s : sessions) {
            if (s.clientKey() != null) {
                double own = w.plausibility(s);
                if (own > 0) {
                    w.perClient.merge(s.clientKey(), own, Double::sum);
                    w.believable.merge(s.clientKey(), 1, Integer::sum);
                }
            }
        }
        return w;
    }

    /** How much this session counts, in [0, 1]: 0 leaves it out. */
    public double weight(SessionRecord s) {
        double own = plausibility(s);
        if (own == 0 || s.clientKey() == null) {
            return own;
        }
        if (rules.flood() > 0 && believable.getOrDefault(s.clientKey(), 0) > rules.flood()) {
            return 0;
        }
        if (!(rules.perClient() > 0)) {
            return own;
        }
        double all = perClient.getOrDefault(s.clientKey(), own);
        return all <= rules.perClient() ? own : own * rules.perClient() / all;
    }

    /**
     * How long a step took as a person's duration, from when it was shown to the reply; empty when
     * this reply says nothing about that (too quick to have been read, a probe's answer, or longer
     * than {@link Rules#longest()}, or not timed).
     */
    public OptionalDouble seconds(Instant shown, Instant answered) {
        Duration took = Duration.between(shown, answered);
        if (took.compareTo(rules.quickest()) < 0 || took.isZero() || took.compareTo(rules.longest()) > 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(took.toMillis() / 1000.0);
    }

    /** The session's own weight, before the per-client cap. */
    private double plausibility(SessionRecord s) {
        if (s.turns().stream().noneMatch(Turn::evidence)) {
            return 0;
        }
        int replies = 0;
        int quick = 0;
        for (Turn t : s.turns()) {
            Duration took = Duration.between(t.shownAt(), t.answeredAt());
            // No duration at all is a reply recorded, not timed (a probe's answers at the start).
            if (t.evidence() && !took.isZero()) {
                replies++;
                if (took.compareTo(rules.quickest()) < 0) {
                    quick++;
                }
            }
        }
        if (quick > 0 && quick >= rules.quickShare() * replies) {
            return 0;
        }
        boolean outcome = s.outcome() == Outcome.FIXED || s.outcome() == Outcome.ESCALATED;
        return outcome ? 1 : rules.unfinished();
    }
}
