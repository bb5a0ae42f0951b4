package org.pairdoctor.core.engine;

import org.pairdoctor.core.model.Question;
import org.pairdoctor.core.model.TroubleshootingModel;

import java.util.HashMap;
import java.util.Map;

/**
 * The exact expected cost to resolution (ECR) of a policy on a model, computed over the policy's
 * whole decision tree, not by sampling. At each node the policy picks a step given the evidence; an
 * action ends the session with probability P(fix | evidence) and otherwise adds itself as failed
 * evidence; a question branches on its answers; escalation ends the session. The ECR is the sum over
 * nodes of P(reaching the node) times the step's seconds. Skipping never happens here.
 *
 * <p>Policies that break their contract (no step, a step twice, a step the model does not have)
 * fail with {@link PolicyMistakeException}; a {@link ClairvoyantPolicy} is evaluated per true cause
 * and weighted by the priors.
 */
public final class ExpectedCost {
    /** Most decision-tree nodes one evaluation visits before giving up. */
    public static final long NODE_LIMIT = 20_000_000L;

    private ExpectedCost() {
    }

    /**
     * The result of an evaluation.
     *
     * @param expectedSeconds the exact ECR
     * @param firstStep the policy's first step (for a clairvoyant policy: the first step most likely
     *                  to be taken)
     * @param firstStepProbability the probability that {@code firstStep} is the first step (1 unless the
     *                  policy is clairvoyant)
     * @param nodes decision-tree nodes visited (nodes of probability 0 are not visited)
     */
    public record Evaluation(String policy, double expectedSeconds, Step firstStep, double firstStepProbability,
                             long nodes) {
    }

    /** Evaluates {@code policy} on {@code model}. */
    public static Evaluation of(Policy policy, TroubleshootingModel model) {
        CompiledModel m = CompiledModel.of(model);
        if (policy instanceof ClairvoyantPolicy cp) {
            Walk walk = new Walk(m);
            double total = 0;
            Map<String, Double> first = new HashMap<>();
            Map<String, Step> firstSteps = new HashMap<>();
            for (int c = 0; c < m.causes; c++) {
                if (m.prior[c] <= 0) {
                    continue;
                }
                double[] w = new double[m.causes];
                w[c] = m.prior[c];
                Policy known = cp.knowing(m.causeIds[c]);
                walk.policy = known;
                total += walk.cost(Evidence.none(), w, 0);
                Step s = known.next(model, Evidence.none());
                first.merge(s.id(), m.prior[c], Double::sum);
                firstSteps.putIfAbsent(s.id(), s);
            }
            String best = first.entrySet().stream()
                    .max(Map.Entry.<String, Double>comparingByValue()
                            .thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())))
                    .orElseThrow().getKey();
            return new Evaluation(policy.name(), total, firstSteps.get(best), first.get(best), walk.nodes);
        }
        Walk walk = new Walk(m);
        walk.policy = policy;
        double total = walk.cost(Evidence.none(), m.prior.clone(), 0);
        return new Evaluation(policy.name(), total, policy.next(model, Evidence.none()), 1.0, walk.nodes);
    }

    /** One recursive walk over a decision tree with unnormalised cause weights. */
    private static final class Walk {
        final CompiledModel m;
        Policy policy;
        long nodes;

        Walk(CompiledModel m) {
            this.m = m;
        }

        double cost(Evidence e, double[] w, int depth) {
            double mass = CompiledModel.sum(w);
            if (mass <= 0) {
                return 0;
            }
            if (++nodes > NODE_LIMIT) {
                throw new ModelTooLargeException("the decision tree of policy '" + policy.name() + "' on model '"
                        + m.model.problem() + "' has more than " + NODE_LIMIT + " nodes; it cannot be evaluated exactly");
            }
            Step step = policy.next(m.model, e);
            int code = check(step, e);
            double here = mass * step.seconds();
            if (code == CompiledModel.ESCALATE) {
                return here;
            }
            if (code < m.actions) {
                double[] child = w.clone();
                m.failAction(child, code);
                return here + cost(e.withFailed(step.id()), child, depth + 1);
            }
            int q = code - m.actions;
            Question question = m.model.questions().get(q);
            double total = here;
            for (int ans = 0; ans < m.likelihood[q].length; ans++) {
                double[] child = new double[w.length];
                for (int c = 0; c < w.length; c++) {
                    child[c] = w[c] * m.likelihood[q][ans][c];
                }
                total += cost(e.withAnswer(question.id(), question.answers().get(ans).id()), child, depth + 1);
            }
            return total;
        }

        private int check(Step step, Evidence e) {
            if (step == null) {
                throw new PolicyMistakeException("policy '" + policy.name() + "' returned no step after evidence " + e);
            }
            Integer code = m.stepCode(step.id());
            boolean sameKind = code != null && (code == CompiledModel.ESCALATE ? step instanceof Step.Escalate
                    : code < m.actions ? step instanceof Step.Repair : step instanceof Step.Ask);
            if (!sameKind) {
                throw new PolicyMistakeException("policy '" + policy.name() + "' returned step '" + step.id()
                        + "', which is not a step of that kind in model '" + m.model.problem() + "'");
            }
            if (code != CompiledModel.ESCALATE && e.used(step.id())) {
                throw new PolicyMistakeException("policy '" + policy.name() + "' returned step '" + step.id()
                        + "' a second time (evidence so far: failed " + e.failedActions() + ", answers " + e.answers() + ")");
            }
            return code;
        }
    }
}
