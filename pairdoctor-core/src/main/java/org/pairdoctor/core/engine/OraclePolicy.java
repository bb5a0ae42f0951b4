package org.pairdoctor.core.engine;

import org.pairdoctor.core.model.TroubleshootingModel;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code oracle}: knows the true cause. Given the cause, actions succeed independently, so trying
 * those that can fix it by P(fix | cause) / seconds, escalating after as many as minimises the
 * expected cost, is optimal (the classic sequencing result); no question is worth asking. Its expected
 * cost is therefore a lower bound on every policy's. Simulation only. Thread-safe.
 */
final class OraclePolicy implements ClairvoyantPolicy {
    @Override
    public String name() {
        return "oracle";
    }

    @Override
    public Step next(TroubleshootingModel model, Evidence evidence) {
        throw new PolicyMistakeException("the oracle policy must be told the true cause (it exists for "
                + "simulation and exact evaluation only)");
    }

    @Override
    public Policy knowing(String causeId) {
        return new Policy() {
            @Override
            public String name() {
                return "oracle";
            }

            @Override
            public Step next(TroubleshootingModel model, Evidence evidence) {
                for (String id : order(model, causeId)) {
                    if (!evidence.used(id)) {
                        return new Step.Repair(model.action(id).orElseThrow());
                    }
                }
                return new Step.Escalate(model.escalation());
            }
        };
    }

    /** The actions the oracle tries for this cause, in order, before escalating. */
    static List<String> order(TroubleshootingModel model, String causeId) {
        CompiledModel m = CompiledModel.of(model);
        double[] w = new double[m.causes];
        int c = model.causeIds().indexOf(causeId);
        if (c < 0) {
            throw new PolicyMistakeException("the oracle was told cause '" + causeId + "', which model '"
                    + model.problem() + "' does not have");
        }
        w[c] = 1.0;
        List<Integer> seq = Sequences.poverC(m, w);
        int cut = Sequences.bestCut(m, w, seq);
        List<String> ids = new ArrayList<>(cut);
        for (int i = 0; i < cut; i++) {
            ids.add(model.actions().get(seq.get(i)).id());
        }
        return ids;
    }
}
