package org.pairdoctor.core.simulation;

import org.pairdoctor.core.model.Action;
import org.pairdoctor.core.model.Cause;
import org.pairdoctor.core.model.Question;
import org.pairdoctor.core.model.TroubleshootingModel;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What is really true for one problem on one host: the knowledge base's model with the world's
 * overrides applied. Indexed like the model (causes, actions, questions in model order). Immutable.
 */
public final class Truth {
    final TroubleshootingModel model;
    final double[] prior;
    final double[][] fix;
    /** answer[q][c][k]: P(answer k | cause c). */
    final double[][][] answer;
    /**
     * Mean seconds of effort and lognormal sigma: actions, then questions, then escalation. An
     * action's effort includes a destructive step's penalty; its waiting is {@link #wait}. The
     * escalation's "effort" is its whole cost to the person.
     */
    final double[] seconds;
    final double[] sigma;
    /** Seconds the person waits during each step (the model's; 0 for questions and the escalation). */
    final double[] wait;
    /** The world's share of answers replaced by another one at random (on top of {@link #answer}). */
    final double mistakeRate;

    private Truth(TroubleshootingModel model, double[] prior, double[][] fix, double[][][] answer, double[] seconds,
                  double[] sigma, double[] wait, double mistakeRate) {
        this.model = model;
        this.prior = prior;
        this.fix = fix;
        this.answer = answer;
        this.seconds = seconds;
        this.sigma = sigma;
        this.wait = wait;
        this.mistakeRate = mistakeRate;
    }

    /** The model the simulated people's knowledge base gives (what policies see). */
    public TroubleshootingModel model() {
        return model;
    }

    /** The true P(cause), after the world's overrides. */
    public double prior(String causeId) {
        int c = model.causeIds().indexOf(causeId);
        return c < 0 ? 0 : prior[c];
    }

    /** The true P(fix | cause) of an action. */
    public double fix(String actionId, String causeId) {
        int a = indexOf(model.actions().stream().map(Action::id).toList(), actionId);
        int c = model.causeIds().indexOf(causeId);
        return a < 0 || c < 0 ? 0 : fix[a][c];
    }

    private static int indexOf(List<String> ids, String id) {
        return ids.indexOf(id);
    }

    /**
     * Applies the world's overrides for {@code problem} on {@code host} to the model. Ids the model
     * does not have on this host are ignored here ({@link #check} rejects ids unknown on every host).
     */
    public static Truth of(World world, String problem, String host, TroubleshootingModel model) {
        World.ProblemTruth t = world.problem(problem);
        List<String> causes = model.causeIds();
        int nc = causes.size();
        double[] prior = new double[nc];
        for (int c = 0; c < nc; c++) {
            prior[c] = model.causes().get(c).prior();
        }
        override(prior, causes, t.priors());
        override(prior, causes, t.hostPriors().getOrDefault(host, Map.of()));
        double sum = 0;
        for (double p : prior) {
            sum += p;
        }
        if (!(sum > 0)) {
            throw new InvalidWorldException(world.origin() + ": the true priors of problem '" + problem + "' on host '"
                    + host + "' are all 0");
        }
        for (int c = 0; c < nc; c++) {
            prior[c] /= sum;
        }
        int na = model.actions().size();
        double[][] fix = new double[na][nc];
        for (int a = 0; a < na; a++) {
            Action act = model.actions().get(a);
            for (int c = 0; c < nc; c++) {
                fix[a][c] = act.fixProbability(causes.get(c));
            }
            override(fix[a], causes, t.fixes().getOrDefault(act.id(), Map.of()));
        }
        int nq = model.questions().size();
        double[][][] ans = new double[nq][nc][];
        for (int q = 0; q < nq; q++) {
            Question qu = model.questions().get(q);
            Map<String, Map<String, Double>> byCause = t.answers().getOrDefault(qu.id(), Map.of());
            for (int c = 0; c < nc; c++) {
                double[] dist = new double[qu.answers().size()];
                Map<String, Double> given = byCause.get(causes.get(c));
                for (int k = 0; k < dist.length; k++) {
                    dist[k] = given != null ? given.getOrDefault(qu.answers().get(k).id(), 0.0)
                            : qu.answers().get(k).likelihood(causes.get(c));
                }
                ans[q][c] = dist;
            }
        }
        double[] seconds = new double[na + nq + 1];
        double[] sigma = new double[na + nq + 1];
        double[] wait = new double[na + nq + 1];
        List<String> stepIds = new ArrayList<>();
        model.actions().forEach(a -> stepIds.add(a.id()));
        model.questions().forEach(q -> stepIds.add(q.id()));
        stepIds.add(model.escalation().id());
        for (int s = 0; s < stepIds.size(); s++) {
            // An action's cost is effort + weight × waiting: the world's seconds replace the effort only.
            wait[s] = s < na ? model.actions().get(s).waitSeconds() : 0;
            double authored = s < na ? model.actions().get(s).seconds() - Action.WAIT_WEIGHT * wait[s]
                    : s < na + nq ? model.questions().get(s - na).seconds() : model.escalation().seconds();
            seconds[s] = t.seconds().getOrDefault(stepIds.get(s), authored);
            sigma[s] = t.spread().getOrDefault(stepIds.get(s), world.users().durationSpread());
        }
        return new Truth(model, prior, fix, ans, seconds, sigma, wait, world.users().answerMistakeRate());
    }

    private static void override(double[] values, List<String> ids, Map<String, Double> given) {
        given.forEach((id, v) -> {
            int i = ids.indexOf(id);
            if (i >= 0) {
                values[i] = v;
            }
        });
    }

    /**
     * Checks a world against a catalog: every problem, host, cause, action, question and answer it
     * names exists (on at least one host), probabilities are in [0, 1], answer distributions sum to
     * 1, seconds and spreads are finite and >= 0. Throws one {@link InvalidWorldException} listing
     * every error.
     */
    public static void check(World world, ModelCatalog catalog) {
        List<String> errors = new ArrayList<>();
        Set<String> hostSet = new HashSet<>(catalog.hosts());
        world.hosts().keySet().stream().filter(h -> !hostSet.contains(h)).sorted()
                .forEach(h -> errors.add("hosts: unknown host '" + h + "'; known: " + catalog.hosts()));
        world.devices().keySet().stream().filter(d -> !catalog.devices().contains(d)).sorted()
                .forEach(d -> errors.add("devices." + d + ": unknown device '" + d + "'; known: " + catalog.devices()));
        for (String p : world.problemIds()) {
            String at = "problems." + p;
            if (!catalog.problems().contains(p)) {
                errors.add(at + ": unknown problem; known: " + catalog.problems());
                continue;
            }
            Set<String> causes = new HashSet<>();
            Set<String> actions = new HashSet<>();
            Map<String, Set<String>> questions = new java.util.HashMap<>();
            Set<String> steps = new HashSet<>();
            for (String h : catalog.hosts()) {
                TroubleshootingModel m = catalog.model(p, h, null);
                m.causes().forEach(c -> causes.add(c.id()));
                m.actions().forEach(a -> actions.add(a.id()));
                m.questions().forEach(q -> questions.computeIfAbsent(q.id(), x -> new HashSet<>())
                        .addAll(q.answers().stream().map(org.pairdoctor.core.model.Answer::id).toList()));
                steps.add(m.escalation().id());
            }
            steps.addAll(actions);
            steps.addAll(questions.keySet());
            World.ProblemTruth t = world.problem(p);
            probabilities(errors, at + ".priors", t.priors(), causes, "cause");
            t.hostPriors().forEach((h, m) -> {
                if (!hostSet.contains(h)) {
                    errors.add(at + ".hostPriors: unknown host '" + h + "'");
                }
                probabilities(errors, at + ".hostPriors." + h, m, causes, "cause");
            });
            t.fixes().forEach((a, m) -> {
                if (!actions.contains(a)) {
                    errors.add(at + ".fixes: unknown action '" + a + "'; known: " + sorted(actions));
                }
                probabilities(errors, at + ".fixes." + a, m, causes, "cause");
            });
            t.answers().forEach((q, byCause) -> {
                Set<String> answers = questions.get(q);
                if (answers == null) {
                    errors.add(at + ".answers: unknown question '" + q + "'; known: " + sorted(questions.keySet()));
                    return;
                }
                byCause.forEach((c, dist) -> {
                    String where = at + ".answers." + q + "." + c;
                    if (!causes.contains(c)) {
                        errors.add(where + ": unknown cause '" + c + "'");
                    }
                    probabilities(errors, where, dist, answers, "answer");
                    double s = dist.values().stream().mapToDouble(Double::doubleValue).sum();
                    if (Math.abs(s - 1) > TroubleshootingModel.SUM_TOLERANCE) {
                        errors.add(where + ": the answers' probabilities sum to " + s + ", not 1");
                    }
                });
            });
            t.seconds().forEach((s, v) -> stepValue(errors, at + ".seconds", s, v, steps));
            t.spread().forEach((s, v) -> stepValue(errors, at + ".spread", s, v, steps));
        }
        if (!errors.isEmpty()) {
            // Each error starts with the dotted path of the setting; say where it is written instead.
            throw new InvalidWorldException(String.join("\n", errors.stream().map(e -> {
                int colon = e.indexOf(": ");
                return colon < 0 ? world.locator().at("") + ": " + e
                        : world.locator().at(e.substring(0, colon)) + ": " + e.substring(colon + 2)
                        + " (" + e.substring(0, colon) + ")";
            }).toList()));
        }
    }

    private static List<String> sorted(Set<String> s) {
        return s.stream().sorted().toList();
    }

    private static void probabilities(List<String> errors, String at, Map<String, Double> m, Set<String> known,
                                      String kind) {
        m.forEach((id, v) -> {
            if (!known.contains(id)) {
                errors.add(at + ": unknown " + kind + " '" + id + "'; known: " + sorted(known));
            }
            if (v == null || !(v >= 0 && v <= 1)) {
                errors.add(at + "." + id + ": " + v + " is not a probability in [0, 1]");
            }
        });
    }

    private static void stepValue(List<String> errors, String at, String step, Double v, Set<String> steps) {
        if (!steps.contains(step)) {
            errors.add(at + ": unknown step '" + step + "'; known: " + sorted(steps));
        }
        if (v == null || !(v >= 0) || v.isInfinite()) {
            errors.add(at + "." + step + ": " + v + " must be a finite number >= 0");
        }
    }

    /**
     * The model with the world's true numbers (priors, fixes, answers, mean seconds): what a planner
     * that knew the world would plan with. Used as the reference of the learning experiment. The
     * answers are those people really give, the world's mistakes included: with mistake rate m and
     * n answers, P(k | c) = (1 - m) · P_true(k | c) + m · (1 - P_true(k | c)) / (n - 1).
     */
    public TroubleshootingModel trueModel() {
        List<Cause> cs = new ArrayList<>();
        for (int c = 0; c < prior.length; c++) {
            cs.add(new Cause(model.causes().get(c).id(), prior[c]));
        }
        List<Action> as = new ArrayList<>();
        for (int a = 0; a < model.actions().size(); a++) {
            Action act = model.actions().get(a);
            Map<String, Double> f = new java.util.LinkedHashMap<>();
            for (int c = 0; c < prior.length; c++) {
                if (fix[a][c] > 0) {
                    f.put(cs.get(c).id(), fix[a][c]);
                }
            }
            double effort = Math.max(0, seconds[a] - act.penaltySeconds());
            as.add(new Action(act.id(), seconds[a] + Action.WAIT_WEIGHT * wait[a], f, act.destructive(), effort,
                    wait[a]));
        }
        int na = as.size();
        List<Question> qs = new ArrayList<>();
        for (int q = 0; q < model.questions().size(); q++) {
            Question qu = model.questions().get(q);
            List<org.pairdoctor.core.model.Answer> answers = new ArrayList<>();
            int n = qu.answers().size();
            for (int k = 0; k < n; k++) {
                Map<String, Double> l = new java.util.LinkedHashMap<>();
                for (int c = 0; c < prior.length; c++) {
                    double p = answer[q][c][k];
                    double seen = n > 1 ? (1 - mistakeRate) * p + mistakeRate * (1 - p) / (n - 1) : p;
                    if (seen > 0) {
                        l.put(cs.get(c).id(), seen);
                    }
                }
                answers.add(new org.pairdoctor.core.model.Answer(qu.answers().get(k).id(), l));
            }
            qs.add(new Question(qu.id(), seconds[na + q], answers));
        }
        return new TroubleshootingModel(model.problem(), model.context(), cs, as, qs,
                new org.pairdoctor.core.model.Escalation(model.escalation().id(), seconds[na + qs.size()],
                        model.escalation().kind()),
                model.staticOrder());
    }

    /** Cause ids in model order with their true priors, for reports. */
    public Map<String, Double> priors() {
        Map<String, Double> out = new java.util.LinkedHashMap<>();
        List<Cause> cs = model.causes();
        for (int c = 0; c < cs.size(); c++) {
            out.put(cs.get(c).id(), prior[c]);
        }
        return out;
    }
}
