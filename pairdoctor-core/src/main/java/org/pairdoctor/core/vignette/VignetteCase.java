package org.pairdoctor.core.vignette;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One person with one problem, as an author wrote them down: run by {@link VignetteRunner}.
 *
 * @param problem         the problem id (the file's)
 * @param id              the case id, unique within its file
 * @param device          the headset
 * @param host            the phone or computer (a host id)
 * @param cause           the true cause
 * @param story           how the person lives it, for people reading a failure
 * @param answers         question id to the answer the person gives
 * @param mistakes        question id to a wrong answer the person gives (takes precedence over {@code answers})
 * @param fixes           the actions that work for this person; they say "didn't help" to every other one
 * @param maxSteps        the fix (or, for a case where escalation is right, the escalation) must come within this many steps
 * @param mustNotEscalate true when escalating fails the case; false only with empty {@code fixes}
 * @param where           {@code path:line:col} of the case, for messages
 */
public record VignetteCase(String problem, String id, String device, String host, String cause, String story,
                           Map<String, String> answers, Map<String, String> mistakes, List<String> fixes,
                           int maxSteps, boolean mustNotEscalate, String where) {
    /** The headset a case is about when it names none. */
    public static final String DEFAULT_DEVICE = "sony-wh-1000xm2";

    public VignetteCase {
        answers = Map.copyOf(answers);
        mistakes = Map.copyOf(mistakes);
        fixes = List.copyOf(fixes);
        if (maxSteps < 1) {
            throw new IllegalArgumentException("maxSteps must be at least 1");
        }
        if (fixes.isEmpty() == mustNotEscalate) {
            throw new IllegalArgumentException("mustNotEscalate is false exactly when fixes is empty");
        }
    }

    /** {@code problem/id}: how reports and the known-failures list name a case. */
    public String name() {
        return problem + "/" + id;
    }

    /** True for a case where escalation is the right advice (nothing the person can do fixes it). */
    public boolean escalationIsRight() {
        return !mustNotEscalate;
    }

    /** What the person answers to a question when the case says: a mistake first, else the authored answer. */
    public Optional<Given> answerTo(String questionId) {
        if (mistakes.containsKey(questionId)) {
            return Optional.of(new Given(mistakes.get(questionId), true));
        }
        return Optional.ofNullable(answers.get(questionId)).map(a -> new Given(a, false));
    }

    /** An answer the case gives, and whether it is one of the person's mistakes. */
    public record Given(String answerId, boolean mistake) {
    }
}
