package org.pairdoctor.core.engine;

import org.pairdoctor.core.model.Action;
import org.pairdoctor.core.model.Answer;
import org.pairdoctor.core.model.Cause;
import org.pairdoctor.core.model.TroubleshootingModel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Posterior probabilities of the causes of a model given the evidence (single fault):
 * P(c | e) is proportional to prior(c) times the product of (1 - fix(a, c)) over failed actions and
 * of P(answer | c) over answered questions. Immutable.
 *
 * @param probabilities normalised posterior per cause id, in the model's cause order
 * @param evidenceProbability P(evidence) under the model; 0 when the evidence is impossible
 */
public record Belief(Map<String, Double> probabilities, double evidenceProbability) {

    public Belief {
        probabilities = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(probabilities));
    }

    /** Computes the posterior; impossible evidence falls back to the priors (users do make mistakes). */
    public static Belief of(TroubleshootingModel model, Evidence evidence) {
        // The evidence's steps are looked up once, not once per cause: this runs several times a request.
        List<Action> failed = new ArrayList<>(evidence.failedActions().size());
        for (String a : evidence.failedActions()) {
            model.action(a).ifPresent(failed::add);
        }
        List<Answer> answers = new ArrayList<>(evidence.answers().size());
        for (Map.Entry<String, String> qa : evidence.answers().entrySet()) {
            model.question(qa.getKey()).flatMap(q -> q.answer(qa.getValue())).ifPresent(answers::add);
        }
        Map<String, Double> w = new LinkedHashMap<>();
        double total = 0;
        for (Cause c : model.causes()) {
            double p = c.prior();
            for (Action a : failed) {
                p *= 1.0 - a.fixProbability(c.id());
            }
            for (Answer ans : answers) {
                p *= ans.likelihood(c.id());
            }
            w.put(c.id(), p);
            total += p;
        }
        if (total <= 0) {
            Map<String, Double> priors = new LinkedHashMap<>();
            model.causes().forEach(c -> priors.put(c.id(), c.prior()));
            return new Belief(priors, 0.0);
        }
        final double t = total;
        w.replaceAll((k, v) -> v / t);
        return new Belief(w, total);
    }

    public double probability(String causeId) {
        return probabilities.getOrDefault(causeId, 0.0);
    }

    /** The causes, most likely first. */
    public List<Map.Entry<String, Double>> ranked() {
        List<Map.Entry<String, Double>> list = new ArrayList<>(probabilities.entrySet());
        list.sort(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()));
        return list;
    }

    /** P(answer) under this belief. */
    public double probabilityOf(Answer answer) {
        double p = 0;
        for (Map.Entry<String, Double> e : probabilities.entrySet()) {
            p += e.getValue() * answer.likelihood(e.getKey());
        }
        return p;
    }
}
