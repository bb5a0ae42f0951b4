package org.pairdoctor.core.model;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Argument checks shared by the model records' canonical constructors. */
final class Checks {
    private Checks() {
    }

    static void id(String id, String kind) {
        if (id == null || id.isBlank()) {
            throw new InvalidModelException("a " + kind + " has no id");
        }
    }

    static void probability(double p, String what) {
        if (!(p >= 0.0 && p <= 1.0)) {
            throw new InvalidModelException(what + " is " + p + ", outside [0, 1]");
        }
    }

    static void seconds(double s, String what) {
        if (!(s >= 0.0) || Double.isInfinite(s)) {
            throw new InvalidModelException(what + " has seconds " + s + "; it must be a finite number >= 0");
        }
    }

    static Map<String, Double> probabilities(Map<String, Double> map, String what) {
        if (map == null) {
            return Map.of();
        }
        map.forEach((k, v) -> {
            if (v == null) {
                throw new InvalidModelException(what + ": '" + k + "' has no value");
            }
            probability(v, what + ": '" + k + "'");
        });
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    static void unique(Collection<String> ids, String kind) {
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
            if (!seen.add(id)) {
                throw new InvalidModelException("duplicate " + kind + " id '" + id + "'");
            }
        }
    }
}
