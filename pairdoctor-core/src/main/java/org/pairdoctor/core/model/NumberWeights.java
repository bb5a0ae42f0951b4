package org.pairdoctor.core.model;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * How much outcome data stands behind a model's numbers: the (faded, expected) counts that learning
 * added to the knowledge base's numbers, which themselves weigh {@code pseudoCount} sessions. A
 * cause's prior is then the mean of a Dirichlet with total weight {@code pseudoCount + sessions};
 * a fix rate the mean of a Beta with weight {@code pseudoCount + tries}. Immutable.
 *
 * @param version     the learned parameters' version (0: none)
 * @param sessions    effective number of sessions behind the causes' probabilities (a faded weight,
 *                    not a count of people)
 * @param pseudoCount the weight of the knowledge base's own numbers, in sessions
 * @param tries       action → cause → effective number of tries with that cause
 * @param timed       step → effective number of times its duration was seen
 * @param answered    question → effective number of times it was answered
 */
public record NumberWeights(long version, double sessions, double pseudoCount, Map<String, Map<String, Double>> tries,
                            Map<String, Double> timed, Map<String, Double> answered) {
    public NumberWeights {
        Map<String, Map<String, Double>> t = new TreeMap<>();
        (tries == null ? Map.<String, Map<String, Double>>of() : tries)
                .forEach((k, v) -> t.put(k, Collections.unmodifiableMap(new TreeMap<>(v))));
        tries = Collections.unmodifiableMap(t);
        timed = Collections.unmodifiableMap(new TreeMap<>(timed == null ? Map.of() : timed));
        answered = Collections.unmodifiableMap(new TreeMap<>(answered == null ? Map.of() : answered));
    }

    /** Effective tries of {@code action} when {@code cause} was present. */
    public double tries(String action, String cause) {
        return tries.getOrDefault(action, Map.of()).getOrDefault(cause, 0.0);
    }

    /** Effective tries of {@code action} over every cause. */
    public double tries(String action) {
        return tries.getOrDefault(action, Map.of()).values().stream().mapToDouble(Double::doubleValue).sum();
    }

    /** Whether any number of the step (fix rates, answers, time) was learned from data. */
    public boolean learnedStep(String step) {
        return tries(step) > 0 || timed.getOrDefault(step, 0.0) > 0 || answered.getOrDefault(step, 0.0) > 0;
    }

    /** Effective sessions behind a step's numbers: its tries (an action) or answers (a question). */
    public double stepSessions(String step) {
        return Math.max(tries(step), answered.getOrDefault(step, 0.0));
    }
}
