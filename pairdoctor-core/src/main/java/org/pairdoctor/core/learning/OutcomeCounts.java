package org.pairdoctor.core.learning;

import org.pairdoctor.core.model.Action;
import org.pairdoctor.core.model.Answer;
import org.pairdoctor.core.model.Cause;
import org.pairdoctor.core.model.NumberWeights;
import org.pairdoctor.core.model.Question;
import org.pairdoctor.core.model.TroubleshootingModel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Expected counts (the sufficient statistics of the model) from a set of sessions, each session
 * weighted by its fading weight and spread over the causes by its posterior. Counts rather than
 * probabilities are what is stored, so that the same counts can update any host's model of the
 * problem: the knowledge base's number for that host is the prior, the counts are the data.
 * Durations are learned as well: how long people really take for a step is seen directly.
 * Immutable.
 *
 * @param sessions  total (faded) weight of the sessions counted
 * @param causes    cause → expected number of sessions with that cause
 * @param tries     action → cause → expected number of times the action was done with that cause
 * @param fixes     action → cause → expected number of those times it fixed the problem
 * @param answers   question → cause → answer → expected number of times that answer was given
 * @param timed     action or question → (faded) number of times its duration was seen (skips excluded)
 * @param seconds   action or question → (faded) sum of those durations in seconds
 */
public record OutcomeCounts(double sessions, Map<String, Double> causes, Map<String, Map<String, Double>> tries,
                            Map<String, Map<String, Double>> fixes,
                            Map<String, Map<String, Map<String, Double>>> answers,
                            Map<String, Double> timed, Map<String, Double> seconds) {
    public OutcomeCounts {
        timed = freeze1(timed);
        seconds = freeze1(seconds);
        causes = freeze1(causes);
        tries = freeze2(tries);
        fixes = freeze2(fixes);
        Map<String, Map<String, Map<String, Double>>> a = new TreeMap<>();
        (answers == null ? Map.<String, Map<String, Map<String, Double>>>of() : answers)
                .forEach((k, v) -> a.put(k, freeze2(v)));
        answers = Collections.unmodifiableMap(a);
    }

    public static OutcomeCounts empty() {
        return new OutcomeCounts(0, Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of());
    }

    /**
     * The model updated by these counts: each probability is the mean of a Beta (fix) or
     * Dirichlet (priors, answers) posterior whose prior is the base model's number with weight
     * {@code pseudoCount}. Steps and causes the counts do not mention keep their base numbers.
     */
    public TroubleshootingModel apply(TroubleshootingModel base, double pseudoCount) {
        double k = pseudoCount;
        double n = 0;
        for (Cause c : base.causes()) {
            n += causes.getOrDefault(c.id(), 0.0);
        }
        List<Cause> newCauses = new ArrayList<>();
        double total = 0;
        for (Cause c : base.causes()) {
            double p = (k * c.prior() + causes.getOrDefault(c.id(), 0.0)) / (k + n);
            newCauses.add(new Cause(c.id(), p));
            total += p;
        }
        // Renormalise away rounding so the contract's sum check always holds.
        final double t = total;
        newCauses.replaceAll(c -> new Cause(c.id(), c.prior() / t));

        List<Action> newActions = new ArrayList<>();
        for (Action a : base.actions()) {
            Map<String, Double> tried = tries.getOrDefault(a.id(), Map.of());
            Map<String, Double> fixed = fixes.getOrDefault(a.id(), Map.of());
            Map<String, Double> f = new LinkedHashMap<>();
            for (Cause c : base.causes()) {
                double tr = tried.getOrDefault(c.id(), 0.0);
                double p = (k * a.fixProbability(c.id()) + fixed.getOrDefault(c.id(), 0.0)) / (k + tr);
                p = Math.min(1.0, Math.max(0.0, p));
                if (p > 0) {
                    f.put(c.id(), p);
                }
            }
            Action learned = new Action(a.id(), a.seconds(), f, a.destructive(), a.effortSeconds(), a.waitSeconds());
            newActions.add(timed(a.id()) > 0 ? learned.withEffort(effort(a, k)) : learned);
        }

        List<Question> newQuestions = new ArrayList<>();
        for (Question q : base.questions()) {
            Map<String, Map<String, Double>> byCause = answers.getOrDefault(q.id(), Map.of());
            Map<String, Map<String, Double>> likelihood = new LinkedHashMap<>();
            q.answers().forEach(ans -> likelihood.put(ans.id(), new LinkedHashMap<>()));
            for (Cause c : base.causes()) {
                Map<String, Double> counts = byCause.getOrDefault(c.id(), Map.of());
                double nc = 0;
                for (Answer ans : q.answers()) {
                    nc += counts.getOrDefault(ans.id(), 0.0);
                }
                double sum = 0;
                double[] ps = new double[q.answers().size()];
                for (int i = 0; i < ps.length; i++) {
                    Answer ans = q.answers().get(i);
                    ps[i] = (k * ans.likelihood(c.id()) + counts.getOrDefault(ans.id(), 0.0)) / (k + nc);
                    sum += ps[i];
                }
                for (int i = 0; i < ps.length; i++) {
                    double p = sum > 0 ? ps[i] / sum : 0;
                    if (p > 0) {
                        likelihood.get(q.answers().get(i).id()).put(c.id(), p);
                    }
                }
            }
            List<Answer> newAnswers = q.answers().stream()
                    .map(ans -> new Answer(ans.id(), likelihood.get(ans.id()))).toList();
            newQuestions.add(new Question(q.id(), seconds(q.id(), q.seconds(), k), newAnswers));
        }
        return new TroubleshootingModel(base.problem(), base.context(), newCauses, newActions, newQuestions,
                base.escalation(), base.staticOrder());
    }

    /**
     * Mean effort of an action. A stored duration is clock time from showing the step to the reply,
     * waiting included; the authored waiting (the charge, the restart) is taken off each duration so
     * that only effort is learned, and the planner's cost stays effort + weight × waiting.
     */
    private double effort(Action a, double k) {
        double n = timed.getOrDefault(a.id(), 0.0);
        double observed = seconds.getOrDefault(a.id(), 0.0) - n * a.waitSeconds();
        return Math.max(0, (k * a.effortSeconds() + observed) / (k + n));
    }

    /** Mean seconds of a question: the base's number weighs {@code k} observations (how long people take). */
    private double seconds(String step, double base, double k) {
        double n = timed.getOrDefault(step, 0.0);
        return n > 0 ? (k * base + seconds.getOrDefault(step, 0.0)) / (k + n) : base;
    }

    /** The weights behind the numbers these counts give a model (see {@link NumberWeights}). */
    public NumberWeights weights(long version, double pseudoCount) {
        Map<String, Double> answered = new TreeMap<>();
        answers.forEach((q, byCause) -> answered.put(q, byCause.values().stream()
                .flatMap(m -> m.values().stream()).mapToDouble(Double::doubleValue).sum()));
        return new NumberWeights(version, sessions, pseudoCount, tries, timed, answered);
    }

    /**
     * These counts without {@code part}'s (a subset of them, e.g. a family without one of its
     * devices); a count that rounding would leave negative is 0.
     */
    public OutcomeCounts minus(OutcomeCounts part) {
        Map<String, Map<String, Map<String, Double>>> a = new TreeMap<>();
        answers.forEach((q, byCause) -> a.put(q, minus2(byCause, part.answers.getOrDefault(q, Map.of()))));
        return new OutcomeCounts(Math.max(0, sessions - part.sessions), minus1(causes, part.causes),
                minus2(tries, part.tries), minus2(fixes, part.fixes), a, minus1(timed, part.timed),
                minus1(seconds, part.seconds));
    }

    private static Map<String, Double> minus1(Map<String, Double> m, Map<String, Double> part) {
        Map<String, Double> out = new TreeMap<>();
        m.forEach((k, v) -> {
            double d = v - part.getOrDefault(k, 0.0);
            if (d > 1e-12) {
                out.put(k, d);
            }
        });
        return out;
    }

    private static Map<String, Map<String, Double>> minus2(Map<String, Map<String, Double>> m,
                                                         Map<String, Map<String, Double>> part) {
        Map<String, Map<String, Double>> out = new TreeMap<>();
        m.forEach((k, v) -> out.put(k, minus1(v, part.getOrDefault(k, Map.of()))));
        return out;
    }

    /** The (faded) number of times a step's duration was seen. */
    public double timed(String step) {
        return timed.getOrDefault(step, 0.0);
    }

    /** The expected number of times {@code action} was done with {@code cause} present. */
    public double tries(String action, String cause) {
        return tries.getOrDefault(action, Map.of()).getOrDefault(cause, 0.0);
    }

    /** The expected number of times {@code question} was answered with {@code cause} present. */
    public double answered(String question, String cause) {
        return answers.getOrDefault(question, Map.of()).getOrDefault(cause, Map.of()).values().stream()
                .mapToDouble(Double::doubleValue).sum();
    }

    private static Map<String, Double> freeze1(Map<String, Double> m) {
        return Collections.unmodifiableMap(new TreeMap<>(m == null ? Map.of() : m));
    }

    private static Map<String, Map<String, Double>> freeze2(Map<String, Map<String, Double>> m) {
        Map<String, Map<String, Double>> out = new TreeMap<>();
        (m == null ? Map.<String, Map<String, Double>>of() : m).forEach((k, v) -> out.put(k, freeze1(v)));
        return Collections.unmodifiableMap(out);
    }
}
