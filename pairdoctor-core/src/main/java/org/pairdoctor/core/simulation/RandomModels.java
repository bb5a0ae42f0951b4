package org.pairdoctor.core.simulation;

import org.pairdoctor.core.model.Action;
import org.pairdoctor.core.model.Answer;
import org.pairdoctor.core.model.Cause;
import org.pairdoctor.core.model.Escalation;
import org.pairdoctor.core.model.Question;
import org.pairdoctor.core.model.TroubleshootingModel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Random troubleshooting models for benchmarks and property tests. Each has an {@code unknown}
 * cause that no action fixes; actions fix one to three causes (so dependent actions are common)
 * with probabilities in [0.3, 1]; questions have two or three answers with random likelihoods;
 * seconds are 5-120 for actions, 3-30 for questions, 300-1200 for escalation. Deterministic for a
 * given random generator state.
 */
public final class RandomModels {
    private RandomModels() {
    }

    /** A model with {@code causes} causes (one of them {@code unknown}), {@code actions} and {@code questions}. */
    public static TroubleshootingModel generate(RandomGenerator rng, int causes, int actions, int questions) {
        return generate(rng, causes, actions, questions, 3);
    }

    /**
     * As {@link #generate(RandomGenerator, int, int, int)}, with at most {@code maxFixed} causes per action.
     * With {@code maxFixed == 1} and {@code actions < causes}, each action fixes its own cause (the
     * Kadane-Simon setting).
     */
    public static TroubleshootingModel generate(RandomGenerator rng, int causes, int actions, int questions,
                                                int maxFixed) {
        if (causes < 2) {
            throw new IllegalArgumentException("a random model needs at least 2 causes (one is 'unknown')");
        }
        int known = causes - 1;
        double[] w = new double[causes];
        double sum = 0;
        for (int c = 0; c < known; c++) {
            w[c] = 0.05 + rng.nextDouble();
            sum += w[c];
        }
        double unknownShare = 0.02 + 0.08 * rng.nextDouble();
        List<Cause> cs = new ArrayList<>();
        double assigned = 0;
        for (int c = 0; c < known; c++) {
            double p = (1 - unknownShare) * w[c] / sum;
            cs.add(new Cause("c" + c, p));
            assigned += p;
        }
        cs.add(new Cause("unknown", 1.0 - assigned));
        List<Action> as = new ArrayList<>();
        List<Integer> own = new ArrayList<>();
        for (int c = 0; c < known; c++) {
            own.add(c);
        }
        for (int a = 0; a < actions; a++) {
            Map<String, Double> fixes = new LinkedHashMap<>();
            if (maxFixed == 1 && !own.isEmpty()) {
                int c = own.remove(rng.nextInt(own.size()));
                fixes.put("c" + c, 0.3 + 0.7 * rng.nextDouble());
            } else {
                int n = 1 + rng.nextInt(Math.min(maxFixed, known));
                while (fixes.size() < n) {
                    fixes.putIfAbsent("c" + rng.nextInt(known), round(0.3 + 0.7 * rng.nextDouble()));
                }
            }
            as.add(new Action("a" + a, round(5 + 115 * rng.nextDouble()), fixes, false));
        }
        List<Question> qs = new ArrayList<>();
        for (int q = 0; q < questions; q++) {
            int n = 2 + rng.nextInt(2);
            List<Map<String, Double>> lik = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                lik.add(new LinkedHashMap<>());
            }
            for (Cause c : cs) {
                double[] r = new double[n];
                double s = 0;
                for (int k = 0; k < n; k++) {
                    r[k] = 0.05 + rng.nextDouble();
                    s += r[k];
                }
                double left = 1.0;
                for (int k = 0; k < n; k++) {
                    double p = k == n - 1 ? left : r[k] / s;
                    lik.get(k).put(c.id(), Math.max(0.0, p));
                    left -= p;
                }
            }
            List<Answer> answers = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                answers.add(new Answer("q" + q + "-a" + k, lik.get(k)));
            }
            qs.add(new Question("q" + q, round(3 + 27 * rng.nextDouble()), answers));
        }
        return new TroubleshootingModel("random", Map.of(), cs, as, qs,
                new Escalation("escalate", round(300 + 900 * rng.nextDouble())));
    }

    private static double round(double x) {
        return Math.round(x * 100) / 100.0;
    }
}
