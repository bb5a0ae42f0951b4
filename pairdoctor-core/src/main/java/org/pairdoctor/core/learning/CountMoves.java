package org.pairdoctor.core.learning;

import java.util.Map;

/** How far EM's expected counts moved between two iterations: it stops when no count moves more than the tolerance. */
final class CountMoves {
    private CountMoves() {
    }

    /** The largest move of any count, at every level (pool, hosts, families, devices); infinite when one is new. */
    static double largest(Map<String, ProblemCounts> a, Map<String, ProblemCounts> b) {
        double max = 0;
        for (Map.Entry<String, ProblemCounts> e : b.entrySet()) {
            ProblemCounts old = a.get(e.getKey());
            if (old == null) {
                return Double.POSITIVE_INFINITY;
            }
            max = Math.max(max, move(old.pooled(), e.getValue().pooled()));
            max = Math.max(max, moveFamilies(old.families(), e.getValue().families()));
            for (Map.Entry<String, OutcomeCounts> h : e.getValue().hosts().entrySet()) {
                OutcomeCounts o = old.hosts().get(h.getKey());
                if (o == null) {
                    return Double.POSITIVE_INFINITY;
                }
                max = Math.max(max, move(o, h.getValue()));
                max = Math.max(max, moveFamilies(old.hostFamilies().getOrDefault(h.getKey(), Map.of()),
                        e.getValue().hostFamilies().getOrDefault(h.getKey(), Map.of())));
            }
        }
        return max;
    }

    private static double moveFamilies(Map<String, FamilyCounts> a, Map<String, FamilyCounts> b) {
        double max = 0;
        for (Map.Entry<String, FamilyCounts> f : b.entrySet()) {
            FamilyCounts old = a.get(f.getKey());
            if (old == null) {
                return Double.POSITIVE_INFINITY;
            }
            max = Math.max(max, move(old.counts(), f.getValue().counts()));
            for (Map.Entry<String, OutcomeCounts> d : f.getValue().devices().entrySet()) {
                max = Math.max(max, move(old.device(d.getKey()), d.getValue()));
            }
        }
        return max;
    }

    private static double move(OutcomeCounts a, OutcomeCounts b) {
        double max = 0;
        for (var e : b.causes().entrySet()) {
            max = Math.max(max, Math.abs(e.getValue() - a.causes().getOrDefault(e.getKey(), 0.0)));
        }
        max = Math.max(max, moveByCause(a.fixes(), b.fixes()));
        return Math.max(max, moveByCause(a.tries(), b.tries()));
    }

    /** The largest move of a count kept per step and cause (fixes, tries). */
    private static double moveByCause(Map<String, Map<String, Double>> a, Map<String, Map<String, Double>> b) {
        double max = 0;
        for (var e : b.entrySet()) {
            Map<String, Double> old = a.getOrDefault(e.getKey(), Map.of());
            for (var c : e.getValue().entrySet()) {
                max = Math.max(max, Math.abs(c.getValue() - old.getOrDefault(c.getKey(), 0.0)));
            }
        }
        return max;
    }
}
