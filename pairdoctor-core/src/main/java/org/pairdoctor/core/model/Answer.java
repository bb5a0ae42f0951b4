package org.pairdoctor.core.model;

import java.util.Map;

/** One answer to a question, with P(this answer | cause) for each cause (0 where absent). */
public record Answer(String id, Map<String, Double> likelihood) {
    public Answer {
        Checks.id(id, "answer");
        likelihood = Checks.probabilities(likelihood, "likelihood of answer '" + id + "'");
    }

    public double likelihood(String causeId) {
        return likelihood.getOrDefault(causeId, 0.0);
    }
}
