package org.pairdoctor.core.knowledge;

import org.pairdoctor.core.model.Action;
import org.pairdoctor.core.model.Answer;
import org.pairdoctor.core.model.Cause;
import org.pairdoctor.core.model.Escalation;
import org.pairdoctor.core.model.Question;
import org.pairdoctor.core.model.TroubleshootingModel;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Flattens an authored problem for one host and device into the engine's model: causes whose
 * {@code onlyWith} excludes the device are dropped; modifiers that match the host multiply the priors
 * (in order) which are then renormalised; steps limited by {@code onlyFor} to other hosts or by
 * {@code onlyWith} to other devices are dropped, fixes and likelihoods keep only the causes that remain,
 * and an action that fixes none of them is dropped too; an action costs its effort plus {@link Action#WAIT_WEIGHT} times its waiting,
 * plus its penalty when destructive; every question's likelihoods get its slip rate
 * ({@link Question#withSlip}); the static order keeps only steps that remain.
 */
final class ModelFlattener {
    private ModelFlattener() {
    }

    /**
     * @param host   null for the generic host: no modifier applies and only steps without
     *               {@code onlyFor} remain
     * @param device the device; the problem must apply to it
     */
    static TroubleshootingModel flatten(Problem p, Host host, Device device, HostTree tree) {
        List<String> ancestry = host == null ? List.of() : tree.ancestry(host.id());
        String family = host == null ? null : host.family();

        Map<String, Double> weights = new LinkedHashMap<>();
        p.causes().stream().filter(c -> c.onlyWith().matches(device)).forEach(c -> weights.put(c.id(), c.prior()));
        for (Problem.Modifier m : p.modifiers()) {
            if (host != null && m.when().matches(ancestry, family)) {
                m.multiply().forEach((cause, factor) -> weights.computeIfPresent(cause, (k, w) -> w * factor));
            }
        }
        double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        List<Cause> causes = new ArrayList<>();
        weights.forEach((id, w) -> causes.add(new Cause(id, total > 0 ? w / total : 0)));

        Set<String> present = new HashSet<>();
        List<Action> actions = new ArrayList<>();
        for (Problem.Action a : p.actions()) {
            Map<String, Double> fixes = present(a.fixes(), weights.keySet());
            if (a.onlyFor().matches(ancestry, family) && a.onlyWith().matches(device)
                    && fixes.values().stream().anyMatch(f -> f > 0)) {
                // The planner's cost: effort + weighted waiting (+ what a destructive step erases).
                double cost = Action.cost(a.seconds(), a.waitSeconds()) + a.penaltySeconds();
                actions.add(new Action(a.id(), cost, fixes, a.destructive(), a.seconds(), a.waitSeconds()));
                present.add(a.id());
            }
        }
        List<Question> questions = new ArrayList<>();
        for (Problem.Question q : p.questions()) {
            if (q.onlyFor().matches(ancestry, family) && q.onlyWith().matches(device)) {
                // Every likelihood allows for a mistaken answer, so no single answer rules a cause out.
                questions.add(new Question(q.id(), q.seconds(), q.answers().stream()
                        .map(ans -> new Answer(ans.id(), present(ans.likelihood(), weights.keySet()))).toList())
                        .withSlip(q.slip()));
                present.add(q.id());
            }
        }
        present.add(p.escalation().id());
        List<String> order = p.staticOrder().stream().filter(present::contains).toList();
        return new TroubleshootingModel(p.id(),
                Map.of("host", host == null ? KnowledgeBase.GENERIC_HOST : host.id(), "device", device.id()),
                causes, actions, questions, new Escalation(p.escalation().id(), p.escalation().seconds(), p.escalation().kind()), order);
    }

    /** The entries of {@code byCause} for causes in the model. */
    private static Map<String, Double> present(Map<String, Double> byCause, Set<String> causes) {
        Map<String, Double> out = new LinkedHashMap<>();
        byCause.forEach((c, v) -> {
            if (causes.contains(c)) {
                out.put(c, v);
            }
        });
        return out;
    }
}
