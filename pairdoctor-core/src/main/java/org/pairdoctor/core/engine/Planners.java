package org.pairdoctor.core.engine;

import org.pairdoctor.core.model.Action;
import org.pairdoctor.core.model.TroubleshootingModel;

import java.util.List;

/** Entry point to the planner that guided sessions use. */
public final class Planners {
    private Planners() {
    }

    /** The planner guided sessions use. */
    public static Planner standard() {
        return new UpdatedPoverC();
    }

    /**
     * Placeholder until the full planner lands: updated P-over-C over actions, escalation when its
     * cost is below the expected cost of continuing. No questions.
     */
    private static final class UpdatedPoverC implements Planner {
        @Override
        public String name() {
            return "planner";
        }

        @Override
        public Recommendation recommend(TroubleshootingModel model, Evidence evidence) {
            Belief b = Belief.of(model, evidence);
            Action best = null;
            double bestRatio = -1;
            for (Action a : model.actions()) {
                if (evidence.used(a.id())) {
                    continue;
                }
                double p = 0;
                for (var e : b.probabilities().entrySet()) {
                    p += e.getValue() * a.fixProbability(e.getKey());
                }
                double ratio = p / Math.max(a.seconds(), 1e-9);
                if (ratio > bestRatio) {
                    bestRatio = ratio;
                    best = a;
                }
            }
            List<Explanation.CauseProbability> top = b.ranked().stream().limit(3)
                    .map(e -> new Explanation.CauseProbability(e.getKey(), e.getValue())).toList();
            if (best == null || bestRatio <= 0) {
                return new Recommendation(new Step.Escalate(model.escalation()),
                        new Explanation(top, "Nothing left to try would likely help.", model.escalation().seconds(), false));
            }
            return new Recommendation(new Step.Repair(best),
                    new Explanation(top, "Most likely to fix it per second spent.", best.seconds(), best.destructive()));
        }
    }
}
