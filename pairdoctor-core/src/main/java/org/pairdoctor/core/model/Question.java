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

    public Optional<Answer> answer(String answerId) {
        return answers.stream().filter(a -> a.id().equals(answerId)).findFirst();
    }
}
