package org.pairdoctor.core.engine;

import java.util.ArrayList;
import java.util.List;

/** Fixed repair sequences: P-over-C order on given weights and the best place for escalation. */
final class Sequences {
    private Sequences() {
    }

    /** Actions with P(fix) > 0 under {@code w}, by P(fix)/seconds descending (ties: model order). */
    static List<Integer> poverC(CompiledModel m, double[] w) {
        List<Integer> list = new ArrayList<>();
        for (int a = 0; a < m.actions; a++) {
            if (m.fixMass(w, a) > 0) {
                list.add(a);
            }
        }
        list.sort((x, y) -> Double.compare(m.fixMass(w, y) / Math.max(m.actionSeconds[y], 1e-12),
                m.fixMass(w, x) / Math.max(m.actionSeconds[x], 1e-12)));
        return list;
    }

    /**
     * How many actions of {@code sequence} to try before escalating so that the expected cost of the
     * fixed sequence (no updating of the order) is least. Ties go to the shorter sequence.
     */
    static int bestCut(CompiledModel m, double[] w0, List<Integer> sequence) {
        double[] w = w0.clone();
        double mass = CompiledModel.sum(w);
        double acc = 0;
        double best = mass * m.escalationSeconds;
        int cut = 0;
        for (int i = 0; i < sequence.size(); i++) {
            int a = sequence.get(i);
            acc += mass * m.actionSeconds[a];
            mass = m.failAction(w, a);
            double total = acc + mass * m.escalationSeconds;
            if (total < best - 1e-12) {
                best = total;
                cut = i + 1;
            }
        }
        return cut;
    }
}
