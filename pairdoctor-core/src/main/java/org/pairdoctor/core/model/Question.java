package org.pairdoctor.core.model;

import java.util.List;
import java.util.Optional;

/**
 * An observation that costs {@code seconds} and changes beliefs without fixing anything. For every
 * cause its answers' likelihoods sum to 1.
 */
public record Question(String id, double seconds, List<Answer> answers) {
    public Question {
        Checks.id(id, "question");
        Checks.seconds(seconds, "question '" + id + "'");
        answers = List.copyOf(answers);
        if (answers.size() < 2) {
            throw new InvalidModelException("question '" + id + "' needs at least two answers");
        }
        Checks.unique(answers.stream().map(Answer::id).toList(), "answer of question '" + id + "'");
    }

    /**
     * The question with a slip rate {@code slip} mixed in: a person gives any of the n answers by
     * mistake with probability {@code slip / n}, so P'(answer | cause) = (1 - slip) · P + slip / n and
     * no answer has a likelihood below {@code slip / n}. No single answer then rules a cause out.
     */
    public Question withSlip(double slip) {
        Checks.probability(slip, "slip rate of question '" + id + "'");
        if (slip == 0) {
            return this;
        }
        java.util.Set<String> causes = new java.util.LinkedHashSet<>();
        answers.forEach(a -> causes.addAll(a.likelihood().keySet()));
        double floor = slip / answers.size();
        List<Answer> slipped = answers.stream().map(a -> {
            java.util.Map<String, Double> l = new java.util.LinkedHashMap<>();
            causes.forEach(c -> l.put(c, (1 - slip) * a.likelihood(c) + floor));
            return new Answer(a.id(), l);
        }).toList();
        return new Question(id, seconds, slipped);
    }

    public Optional<Answer> answer(String answerId) {
        return answers.stream().filter(a -> a.id().equals(answerId)).findFirst();
    }
}
