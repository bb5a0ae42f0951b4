package org.pairdoctor.core.prompt;

import org.pairdoctor.core.engine.Belief;
import org.pairdoctor.core.engine.Step;
import org.pairdoctor.core.model.Answer;
import org.pairdoctor.core.model.Cause;
import org.pairdoctor.core.model.TroubleshootingModel;

import java.util.Optional;

/**
 * The cause a step is aimed at, for "what this step rules out": for a repair, the cause it most
 * likely fixes now (probability times fix rate); for a question, the likely cause its answers tell
 * apart best (probability times the spread of its answers' likelihoods). None for the escalation.
 */
final class Aim {
    private Aim() {
    }

    static Optional<String> of(TroubleshootingModel model, Belief belief, Step step) {
        String best = null;
        double top = 0;
        for (Cause c : model.causes()) {
            double score = belief.probability(c.id()) * weight(step, c.id());
            if (score > top + 1e-12) {
                top = score;
                best = c.id();
            }
        }
        return Optional.ofNullable(best);
    }

    private static double weight(Step step, String causeId) {
        if (step instanceof Step.Repair r) {
            return r.action().fixProbability(causeId);
        }
        if (step instanceof Step.Ask a) {
            double lo = 1;
            double hi = 0;
            for (Answer ans : a.question().answers()) {
                lo = Math.min(lo, ans.likelihood(causeId));
                hi = Math.max(hi, ans.likelihood(causeId));
            }
            return Math.max(0, hi - lo);
        }
        return 0;
    }
}
