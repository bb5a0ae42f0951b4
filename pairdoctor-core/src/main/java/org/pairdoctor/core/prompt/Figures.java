package org.pairdoctor.core.prompt;

import org.pairdoctor.core.engine.Belief;
import org.pairdoctor.core.engine.Evidence;
import org.pairdoctor.core.model.Action;
import org.pairdoctor.core.model.Cause;
import org.pairdoctor.core.model.NumberWeights;
import org.pairdoctor.core.model.TroubleshootingModel;
import org.pairdoctor.core.statistics.Beta;
import org.pairdoctor.core.statistics.BeliefIntervals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the figures of one step come from: for a session on learned numbers, the effective number
 * of sessions behind them and their 95% posterior intervals (the causes' probabilities now, and the
 * chance the step fixes it); otherwise the knowledge base's labels. Pure.
 *
 * @param causes    cause id → origin of its probability now
 * @param step      origin of the step's own numbers
 * @param fixChance the chance the step fixes it now; null when it is not a repair
 */
record Figures(Map<String, Prompt.Origin> causes, Prompt.Origin step, Double fixChance) {
    /**
     * @param causeBasis the authored basis of a cause's numbers ({@code estimate} or {@code data})
     * @param stepBasis  the authored basis of the step's numbers
     * @param action     the step's action when it is a repair, else null
     */
    static Figures of(TroubleshootingModel model, Evidence evidence, Belief belief, Optional<NumberWeights> weights,
                      Action action,
                      String stepId, java.util.function.Function<String, String> causeBasis, String stepBasis,
                      long seed) {
        Double chance = action == null ? null : model.causes().stream()
                .mapToDouble(c -> belief.probability(c.id()) * action.fixProbability(c.id())).sum();
        Map<String, Prompt.Origin> causes = new HashMap<>();
        if (weights.isEmpty() || !(weights.get().sessions() > 0)) {
            model.causes().forEach(c -> causes.put(c.id(), Prompt.Origin.authored(causeBasis.apply(c.id()))));
            Prompt.Origin step = weights.filter(w -> w.learnedStep(stepId))
                    .map(w -> Prompt.Origin.learned(w.stepSessions(stepId), Double.NaN, Double.NaN))
                    .orElse(Prompt.Origin.authored(stepBasis));
            return new Figures(causes, step, chance);
        }
        NumberWeights w = weights.get();
        List<Cause> cs = model.causes();
        int n = cs.size();
        double total = w.pseudoCount() + w.sessions();
        double[] alpha = new double[n];
        double[] likelihood = new double[n];
        for (int c = 0; c < n; c++) {
            alpha[c] = Math.max(cs.get(c).prior() * total, 1e-9);
            likelihood[c] = 1;
            for (Map.Entry<String, String> qa : evidence.answers().entrySet()) {
                String cause = cs.get(c).id();
                likelihood[c] *= model.question(qa.getKey()).flatMap(q -> q.answer(qa.getValue()))
                        .map(a -> a.likelihood(cause)).orElse(1.0);
            }
        }
        List<Beta[]> failed = new ArrayList<>();
        for (String a : evidence.failedActions()) {
            model.action(a).ifPresent(act -> failed.add(fixRates(act, cs, w)));
        }
        BeliefIntervals.Result r = BeliefIntervals.of(alpha, failed, likelihood,
                action == null ? null : fixRates(action, cs, w), seed);
        for (int c = 0; c < n; c++) {
            causes.put(cs.get(c).id(), Prompt.Origin.learned(w.sessions(), r.low()[c], r.high()[c]));
        }
        Prompt.Origin step;
        if (action != null && w.tries(stepId) > 0) {
            step = Prompt.Origin.learned(w.tries(stepId), r.stepLow(), r.stepHigh());
        } else if (w.learnedStep(stepId)) {
            step = Prompt.Origin.learned(w.stepSessions(stepId), Double.NaN, Double.NaN);
        } else {
            step = Prompt.Origin.authored(stepBasis);
        }
        return new Figures(causes, step, chance);
    }

    /** Each cause's fix rate of an action as a Beta: its mean, with the prior's weight plus the tries seen. */
    private static Beta[] fixRates(Action a, List<Cause> causes, NumberWeights w) {
        Beta[] out = new Beta[causes.size()];
        for (int c = 0; c < out.length; c++) {
            String id = causes.get(c).id();
            out[c] = Beta.ofMean(a.fixProbability(id), w.pseudoCount() + w.tries(a.id(), id));
        }
        return out;
    }
}
