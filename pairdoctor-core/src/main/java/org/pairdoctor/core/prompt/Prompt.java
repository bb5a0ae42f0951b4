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
 * @param why          why this step, every number labelled as an estimate or data
 * @param waitSeconds  how long to wait after doing it before telling whether it worked; null when
 *                     there is nothing to wait for
 * @param basis        {@code estimate} or {@code data}: where the step's own numbers come from
 * @param contact      whom to contact (escalation only); may be null
 * @param progress     where the person is: step n of about m, and what this step rules out
 * @param help         where to get help beyond pairdoctor (escalation only); null otherwise
 */
public record Prompt(String stepId, StepKind kind, int number, String title, List<StepText.Line> lines,
                     List<String> alternatives, List<Choice> replies, boolean destructive, String loses,
                     Confirmation confirmation, Why why, Integer waitSeconds, String basis, String contact,
                     Progress progress, Help help) {
    public Prompt {
        lines = List.copyOf(lines);
        alternatives = List.copyOf(alternatives);
        replies = List.copyOf(replies);
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
    public record Why(String reason, double expectedRemainingSeconds, List<LikelyCause> causes) {
        /** The label of the expected remaining time: a planner's expectation, never a measurement. */
        public static final String REMAINING_BASIS = "estimate";

        public Why {
            causes = List.copyOf(causes);
        }

        /** True when any cause's probability rests on the authors' estimates rather than outcome data. */
        public boolean estimate() {
            return causes.stream().anyMatch(c -> !"data".equals(c.basis()));
        }
    }

    /**
     * A cause and its probability now.
     *
     * @param basis {@code estimate} or {@code data}
     */
    public record LikelyCause(String id, String title, double probability, String basis) {
    }
}
