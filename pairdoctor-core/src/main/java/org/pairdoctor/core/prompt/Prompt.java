package org.pairdoctor.core.prompt;

import org.pairdoctor.core.knowledge.StepText;
import org.pairdoctor.core.model.StepKind;
import org.pairdoctor.core.session.Reply;

import java.util.List;
import java.util.Optional;

/**
 * Everything a person is shown for one step, the same in every channel (web page, REST API,
 * terminal): the words, the replies it accepts now, what it erases and the confirmation that needs,
 * and why it was chosen. Built only by {@link Prompts}; channels render it and decide nothing.
 * Immutable.
 *
 * @param number       the step's number in the session, from 1 (a confirmation is not a step)
 * @param lines        the instructions in order (for a question: how to find out the answer); show
 *                     them when {@link #showInstructions()}
 * @param alternatives other ways to get there, marked as alternatives (escalation: workarounds)
 * @param replies      the replies the step accepts now, in the order to offer them
 * @param loses        what a destructive step erases; null when it erases nothing
 * @param confirmation what a destructive step needs confirmed; null when it erases nothing
 * @param why          why this step, every number labelled as the authors' estimate, data, or learned
 * @param waitSeconds  how long to wait after doing it before telling whether it worked; null when
 *                     there is nothing to wait for
 * @param origin       where the step's own numbers (fix rates or answers, time) come from
 * @param fixChance    the chance, with what is known now, that this repair step fixes it; null for a
 *                     question or the escalation. Its interval, when learned, is {@code origin}'s.
 * @param contact      whom to contact (escalation only); may be null
 * @param progress     where the person is: step n of about m, and what this step rules out
 * @param help         where to get help beyond pairdoctor (escalation only); null otherwise
 */
public record Prompt(String stepId, StepKind kind, int number, String title, List<StepText.Line> lines,
                     List<String> alternatives, List<Choice> replies, boolean destructive, String loses,
                     Confirmation confirmation, Why why, Integer waitSeconds, Origin origin, Double fixChance,
                     String contact, Progress progress, Help help) {
    public Prompt {
        lines = List.copyOf(lines);
        alternatives = List.copyOf(alternatives);
        replies = List.copyOf(replies);
    }

    /** {@code estimate}, {@code data} or {@code learned}: where the step's own numbers come from. */
    public String basis() {
        return origin.basis();
    }

    /** False only while a destructive step waits for its confirmation: show the warning first. */
    public boolean showInstructions() {
        return confirmation == null || confirmation.confirmed();
    }

    /** The offered reply with this code (e.g. {@code worked}, {@code answer:ID}), if the step accepts it now. */
    public Optional<Choice> choice(String code) {
        return replies.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    /**
     * Where the person is, instead of a stopwatch: "Step 2 of about 4", and the cause this step
     * checks. The total is the planner's expectation (an estimate), never less than the step number.
     *
     * @param aboutTotal the expected number of steps in all, this one and the escalation included
     * @param rulesOut   the title of the cause this step is aimed at; null for the escalation
     */
    public record Progress(int number, int aboutTotal, String rulesOut) {
        /** "Step 2 of about 4", or "Step 4" when no more are expected after it. */
        public String text() {
            return aboutTotal > number ? "Step " + number + " of about " + aboutTotal : "Step " + number;
        }
    }

    /**
     * A reply a person can give, with the words to offer it in.
     *
     * @param label e.g. "That worked", an answer's text, or "I'm not sure" for skipping a question
     */
    public record Choice(Reply reply, String label) {
        /** The reply's code, as stored and sent over the API. */
        public String code() {
            return reply.code();
        }
    }

    /**
     * The confirmation a destructive step needs before its outcome is accepted.
     *
     * @param erases    what doing the step erases, in words
     * @param confirm   the reply that confirms it ({@code confirmed})
     * @param confirmed true once the person has confirmed it
     */
    public record Confirmation(String erases, Choice confirm, boolean confirmed) {
        /** True while the step's outcome is refused: the person has not confirmed it yet. */
        public boolean pending() {
            return !confirmed;
        }
    }

    /**
     * Why this step was chosen. The expected remaining time is always the planner's estimate.
     *
     * @param causes the most likely causes now, most likely first
     */
    public record Why(String reason, double expectedRemainingSeconds, List<LikelyCause> causes, String numbers) {
        /** The label of the expected remaining time: a planner's expectation, never a measurement. */
        public static final String REMAINING_BASIS = "estimate";

        public Why {
            causes = List.copyOf(causes);
        }

        /** True when any cause's probability rests on the authors' estimates rather than outcome data. */
        public boolean estimate() {
            return causes.stream().anyMatch(c -> Origin.ESTIMATE.equals(c.basis()));
        }

        /** True when the causes' probabilities were learned from stored sessions. */
        public boolean learned() {
            return causes.stream().anyMatch(c -> c.origin().learned());
        }

        /** {@code estimate} when any probability is the authors' estimate, else {@code learned} or {@code data}. */
        public String basis() {
            return estimate() ? Origin.ESTIMATE : learned() ? Origin.LEARNED : Origin.DATA;
        }

        /** The effective number of sessions the probabilities were learned from; 0 when none. */
        public double sessions() {
            return causes.stream().mapToDouble(c -> c.origin().sessions()).max().orElse(0);
        }
    }

    /** A cause and its probability now, with where that number comes from. */
    public record LikelyCause(String id, String title, double probability, Origin origin) {
        /** {@code estimate}, {@code data} or {@code learned}. */
        public String basis() {
            return origin.basis();
        }
    }

    /**
     * Where a number shown comes from: the authors' estimate, published data (both from the knowledge
     * base), or learned from stored sessions, then with the effective number of sessions and the 95%
     * posterior interval of the number it labels. The words for it are decided here, once, for every
     * channel.
     *
     * @param sessions effective sample size (faded, expected counts: not a head count); 0 unless learned
     * @param low      lower end of the 95% posterior interval; NaN when there is none
     * @param high     upper end; NaN when there is none
     */
    public record Origin(String basis, double sessions, double low, double high) {
        public static final String ESTIMATE = "estimate";
        public static final String DATA = "data";
        public static final String LEARNED = "learned";

        /** A number from the knowledge base: {@code estimate} or {@code data}. */
        public static Origin authored(String basis) {
            return new Origin(DATA.equals(basis) ? DATA : ESTIMATE, 0, Double.NaN, Double.NaN);
        }

        public static Origin learned(double sessions, double low, double high) {
            return new Origin(LEARNED, sessions, low, high);
        }

        public boolean learned() {
            return LEARNED.equals(basis);
        }

        /** True when there is an interval to show. */
        public boolean hasInterval() {
            return !Double.isNaN(low) && !Double.isNaN(high);
        }

        /** The effective sample size, rounded: "267". */
        public long roundedSessions() {
            return Math.round(sessions);
        }

        /**
         * "the authors' estimate", "from published data", or "learned from an effective 267 sessions,
         * 95% interval 93–99%".
         */
        public String text() {
            if (!learned()) {
                return DATA.equals(basis) ? "from published data" : "the authors' estimate";
            }
            String from = "learned from an effective " + roundedSessions() + " session"
                    + (roundedSessions() == 1 ? "" : "s");
            return hasInterval() ? from + ", 95% interval " + percent(low) + "\u2013" + percent(high) + "%" : from;
        }

        private static long percent(double p) {
            return Math.round(p * 100);
        }
    }
}
