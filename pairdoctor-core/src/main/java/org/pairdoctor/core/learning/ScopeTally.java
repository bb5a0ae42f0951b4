package org.pairdoctor.core.learning;

import org.pairdoctor.core.session.ModelSource.DeviceFamily;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Mutable accumulator of one scope's expected counts during one E-step (the pool of a problem, or
 * one host's sessions of it): all its sessions, and per family and per device; becomes the
 * {@link OutcomeCounts} and {@link FamilyCounts} of a {@link ProblemCounts}.
 */
final class ScopeTally {
    private final Tally all = new Tally();
    private final Map<String, Tally> families = new LinkedHashMap<>();
    private final Map<String, Map<String, Tally>> devices = new LinkedHashMap<>();

    /** The tallies a session of {@code device} (null: no device level) adds to: the scope's, its family's, its own. */
    void targets(DeviceFamily device, List<Tally> into) {
        into.add(all);
        if (device != null) {
            into.add(families.computeIfAbsent(device.family(), f -> new Tally()));
            into.add(devices.computeIfAbsent(device.family(), f -> new LinkedHashMap<>())
                    .computeIfAbsent(device.device(), d -> new Tally()));
        }
    }

    double sessions() {
        return all.sessions();
    }

    OutcomeCounts counts() {
        return all.counts();
    }

    Map<String, FamilyCounts> familyCounts() {
        Map<String, FamilyCounts> out = new LinkedHashMap<>();
        families.forEach((f, t) -> {
            Map<String, OutcomeCounts> own = new LinkedHashMap<>();
            devices.getOrDefault(f, Map.of()).forEach((d, dt) -> own.put(d, dt.counts()));
            out.put(f, new FamilyCounts(t.counts(), own));
        });
        return out;
    }

    /** A fresh list for {@link #targets}. */
    static List<Tally> list() {
        return new ArrayList<>(6);
    }
}
