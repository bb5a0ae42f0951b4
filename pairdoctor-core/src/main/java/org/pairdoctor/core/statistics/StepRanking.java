package org.pairdoctor.core.statistics;

import org.pairdoctor.core.engine.Evidence;
import org.pairdoctor.core.engine.Planner;
import org.pairdoctor.core.engine.Step;
import org.pairdoctor.core.model.TroubleshootingModel;

import java.util.ArrayList;
import java.util.List;

/**
 * The order in which the planner would show a problem's steps to someone for whom nothing works:
 * each action fails and each question is skipped, until it escalates. Comparing two months' orders
 * shows which steps moved up or down. Pure.
 */
public final class StepRanking {
    private StepRanking() {
    }

    /** Step ids, first shown first; the escalation is not listed. */
    public static List<String> of(TroubleshootingModel model, Planner planner) {
        List<String> order = new ArrayList<>();
        Evidence e = Evidence.none();
        int limit = model.actions().size() + model.questions().size();
        for (int i = 0; i < limit; i++) {
            Step step = planner.next(model, e);
            if (step instanceof Step.Escalate) {
                break;
            }
            order.add(step.id());
            e = step instanceof Step.Repair ? e.withFailed(step.id()) : e.withSkipped(step.id());
        }
        return order;
    }
}
