package org.pairdoctor.core.engine;

import org.pairdoctor.core.model.Action;
import org.pairdoctor.core.model.Answer;
import org.pairdoctor.core.model.Cause;
import org.pairdoctor.core.model.Question;
import org.pairdoctor.core.model.TroubleshootingModel;

/**
 * Independent reference computations for tests, written the slow and obvious way on the model
 * records (no compiled arrays, no memo, no pruning).
 */
final class BruteForce {
    private BruteForce() {
    }

    /** ECR of a deterministic policy: for each true cause, every outcome sequence, weighted. */
    static double expectedCost(Policy policy, TroubleshootingModel model) {
        double total = 0;
        for (Cause c : model.causes()) {
            total += c.prior() * costGiven(policy, model, c.id(), Evidence.none(), 0);
        }
        return total;
    }

    private static double costGiven(Policy policy, TroubleshootingModel model, String cause, Evidence e, int depth) {
        if (depth > 100) {
            throw new AssertionError("runaway policy");
        }
        Step step = policy.next(model, e);
        double cost = step.seconds();
        if (step instanceof Step.Repair r) {
            double fail = 1 - r.action().fixProbability(cause);
            if (fail > 0) {
                cost += fail * costGiven(policy, model, cause, e.withFailed(r.id()), depth + 1);
            }
        } else if (step instanceof Step.Ask ask) {
            for (Answer a : ask.question().answers()) {
                double p = a.likelihood(cause);
                if (p > 0) {
                    cost += p * costGiven(policy, model, cause, e.withAnswer(ask.id(), a.id()), depth + 1);
                }
            }
        }
        return cost;
    }

    /** The optimal ECR by exhaustive search over every step sequence (normalised beliefs). */
    static double optimal(TroubleshootingModel model) {
        return optimal(model, Evidence.none());
    }

    private static double optimal(TroubleshootingModel model, Evidence e) {
        Belief b = Belief.of(model, e);
        double best = model.escalation().seconds();
        for (Action a : model.actions()) {
            if (e.used(a.id())) {
                continue;
            }
            double fix = 0;
            for (Cause c : model.causes()) {
                fix += b.probability(c.id()) * a.fixProbability(c.id());
            }
            double v = a.seconds() + (1 - fix > 1e-15 ? (1 - fix) * optimal(model, e.withFailed(a.id())) : 0);
            best = Math.min(best, v);
        }
        for (Question q : model.questions()) {
            if (e.used(q.id())) {
                continue;
            }
            double v = q.seconds();
            for (Answer ans : q.answers()) {
                double p = b.probabilityOf(ans);
                if (p > 1e-15) {
                    v += p * optimal(model, e.withAnswer(q.id(), ans.id()));
                }
            }
            best = Math.min(best, v);
        }
        return best;
    }
}
