package org.pairdoctor.core.learning;

import java.util.HashMap;
import java.util.Map;

/** Mutable accumulator of expected counts during one E-step; becomes an {@link OutcomeCounts}. */
final class Tally {
    private double sessions;
    private final Map<String, Double> causes = new HashMap<>();
    private final Map<String, Map<String, Double>> tries = new HashMap<>();
    private final Map<String, Map<String, Double>> fixes = new HashMap<>();
    private final Map<String, Map<String, Map<String, Double>>> answers = new HashMap<>();
    private final Map<String, Double> timed = new HashMap<>();
    private final Map<String, Double> seconds = new HashMap<>();

    void session(double weight) {
        sessions += weight;
    }

    void cause(String cause, double w) {
        causes.merge(cause, w, Double::sum);
    }

    void tried(String action, String cause, double w, boolean fixed) {
        tries.computeIfAbsent(action, k -> new HashMap<>()).merge(cause, w, Double::sum);
        if (fixed) {
            fixes.computeIfAbsent(action, k -> new HashMap<>()).merge(cause, w, Double::sum);
        }
    }

    void answered(String question, String answer, String cause, double w) {
        answers.computeIfAbsent(question, k -> new HashMap<>()).computeIfAbsent(cause, k -> new HashMap<>())
                .merge(answer, w, Double::sum);
    }

    void took(String step, double seconds, double w) {
        timed.merge(step, w, Double::sum);
        this.seconds.merge(step, w * seconds, Double::sum);
    }

    double sessions() {
        return sessions;
    }

    OutcomeCounts counts() {
        return new OutcomeCounts(sessions, causes, tries, fixes, answers, timed, seconds);
    }
}
