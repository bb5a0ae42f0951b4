package org.pairdoctor.core.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The flattened model of one problem in one context, as in {@code design/troubleshooting.md}: causes
 * with priors (exactly one is present), repair actions, questions and the escalation. The canonical
 * constructor enforces the whole contract, so every instance is a valid model. Immutable and
 * thread-safe.
 *
 * @param staticOrder the order in which the source document's guide would have the user try the
 *                    steps (action, question or escalation ids); empty when unknown. Extra to the
 *                    contract: the {@code static} policy follows it.
 */
public record TroubleshootingModel(
        String problem,
        Map<String, String> context,
        List<Cause> causes,
        List<Action> actions,
        List<Question> questions,
        Escalation escalation,
        List<String> staticOrder) {

    /** Tolerance for sums of probabilities that must be 1. */
    public static final double SUM_TOLERANCE = 1e-6;

    public TroubleshootingModel {
        if (problem == null || problem.isBlank()) {
            throw new InvalidModelException("the model has no problem id");
        }
        context = context == null ? Map.of() : Map.copyOf(context);
        causes = List.copyOf(causes);
        actions = actions == null ? List.of() : List.copyOf(actions);
        questions = questions == null ? List.of() : List.copyOf(questions);
        if (escalation == null) {
            throw new InvalidModelException("the model has no escalation");
        }
        staticOrder = staticOrder == null ? List.of() : List.copyOf(staticOrder);
        validate(causes, actions, questions, escalation);
        validateStatic(staticOrder, actions, questions, escalation);
    }

    /** A model without a static order. */
    public TroubleshootingModel(String problem, Map<String, String> context, List<Cause> causes,
                                List<Action> actions, List<Question> questions, Escalation escalation) {
        this(problem, context, causes, actions, questions, escalation, List.of());
    }

    private static void validateStatic(List<String> order, List<Action> actions, List<Question> questions,
                                       Escalation escalation) {
        Set<String> steps = new HashSet<>();
        actions.forEach(a -> steps.add(a.id()));
        questions.forEach(q -> steps.add(q.id()));
        steps.add(escalation.id());
        Checks.unique(order, "entry of the static order");
        for (String id : order) {
            if (!steps.contains(id)) {
                throw new InvalidModelException("the static order names unknown step '" + id + "'");
            }
        }
    }

    private static void validate(List<Cause> causes, List<Action> actions, List<Question> questions,
                                 Escalation escalation) {
        if (causes.isEmpty()) {
            throw new InvalidModelException("the model has no causes");
        }
        Checks.unique(causes.stream().map(Cause::id).toList(), "cause");
        Checks.unique(Stream.concat(Stream.concat(actions.stream().map(Action::id),
                        questions.stream().map(Question::id)), Stream.of(escalation.id())).toList(),
                "step");
        double sum = causes.stream().mapToDouble(Cause::prior).sum();
        if (Math.abs(sum - 1.0) > SUM_TOLERANCE) {
            throw new InvalidModelException("the priors of the causes sum to " + sum + ", not 1");
        }
        Set<String> known = new HashSet<>(causes.stream().map(Cause::id).toList());
        for (Action a : actions) {
            for (String c : a.fixes().keySet()) {
                if (!known.contains(c)) {
                    throw new InvalidModelException("action '" + a.id() + "' fixes unknown cause '" + c + "'");
                }
            }
        }
        for (Question q : questions) {
            for (Answer ans : q.answers()) {
                for (String c : ans.likelihood().keySet()) {
                    if (!known.contains(c)) {
                        throw new InvalidModelException("answer '" + ans.id() + "' of question '" + q.id()
                                + "' names unknown cause '" + c + "'");
                    }
                }
            }
            for (Cause c : causes) {
                double s = q.answers().stream().mapToDouble(a -> a.likelihood(c.id())).sum();
                if (Math.abs(s - 1.0) > SUM_TOLERANCE) {
                    throw new InvalidModelException("the answers of question '" + q.id() + "' have likelihoods "
                            + "summing to " + s + " for cause '" + c.id() + "', not 1");
                }
            }
        }
    }

    // Plain loops: these run for every step of every request, and a model has a dozen steps.
    public Optional<Action> action(String id) {
        for (Action a : actions) {
            if (a.id().equals(id)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    public Optional<Question> question(String id) {
        for (Question q : questions) {
            if (q.id().equals(id)) {
                return Optional.of(q);
            }
        }
        return Optional.empty();
    }

    public List<String> causeIds() {
        List<String> ids = new ArrayList<>(causes.size());
        causes.forEach(c -> ids.add(c.id()));
        return ids;
    }
}
