package org.pairdoctor.core.engine;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * What is known so far in one session: the actions tried without success, the questions answered
 * (by the user or by an automatic probe), and the steps the user skipped. Immutable; the
 * {@code with*} methods return a new value.
 */
public record Evidence(Set<String> failedActions, Map<String, String> answers, Set<String> skipped) {
    public Evidence {
        failedActions = Collections.unmodifiableSet(new LinkedHashSet<>(failedActions));
        answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
        skipped = Collections.unmodifiableSet(new LinkedHashSet<>(skipped));
    }

    public static Evidence none() {
        return new Evidence(Set.of(), Map.of(), Set.of());
    }

    public Evidence withFailed(String actionId) {
        Set<String> s = new LinkedHashSet<>(failedActions);
        s.add(actionId);
        return new Evidence(s, answers, skipped);
    }

    public Evidence withAnswer(String questionId, String answerId) {
        Map<String, String> m = new LinkedHashMap<>(answers);
        m.put(questionId, answerId);
        return new Evidence(failedActions, m, skipped);
    }

    public Evidence withSkipped(String stepId) {
        Set<String> s = new LinkedHashSet<>(skipped);
        s.add(stepId);
        return new Evidence(failedActions, answers, s);
    }

    /** True when the step was already done, answered or skipped, so it must not be offered again. */
    public boolean used(String stepId) {
        return failedActions.contains(stepId) || answers.containsKey(stepId) || skipped.contains(stepId);
    }
}
