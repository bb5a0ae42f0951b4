package org.pairdoctor.core.learning;

import org.pairdoctor.core.model.TroubleshootingModel;
import org.pairdoctor.core.session.ModelSource.DeviceFamily;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What was learned about one problem: counts pooled over every host, and counts of their own for
 * the hosts that had enough sessions; within each of those scopes (the pool, a host of its own),
 * counts per family of devices and per device. Immutable.
 *
 * <p>Versions saved before devices were learned have no family counts: every device then gets the
 * host's (or the pool's) numbers, as it did then.
 *
 * @param hostSessions faded weight of the sessions learned from, per host (also those that share the
 *                     pooled counts)
 * @param families     family → its counts and its devices', from the sessions of the pooled scope
 * @param hostFamilies host → the same from that host's sessions, for the hosts in {@code hosts}
 */
public record ProblemCounts(OutcomeCounts pooled, Map<String, OutcomeCounts> hosts,
                            Map<String, Double> hostSessions, Map<String, FamilyCounts> families,
                            Map<String, Map<String, FamilyCounts>> hostFamilies) {
    public ProblemCounts {
        hosts = Collections.unmodifiableMap(new TreeMap<>(hosts == null ? Map.of() : hosts));
        hostSessions = Collections.unmodifiableMap(new TreeMap<>(hostSessions == null ? Map.of() : hostSessions));
        families = Collections.unmodifiableMap(new TreeMap<>(families == null ? Map.of() : families));
        Map<String, Map<String, FamilyCounts>> hf = new TreeMap<>();
        (hostFamilies == null ? Map.<String, Map<String, FamilyCounts>>of() : hostFamilies)
                .forEach((h, f) -> hf.put(h, Collections.unmodifiableMap(new TreeMap<>(f))));
        hostFamilies = Collections.unmodifiableMap(hf);
    }

    /** Counts without devices: every device of the problem gets the host's (or the pool's) numbers. */
    public ProblemCounts(OutcomeCounts pooled, Map<String, OutcomeCounts> hosts, Map<String, Double> hostSessions) {
        this(pooled, hosts, hostSessions, Map.of(), Map.of());
    }

    /** The host's own counts when it has them, else the pooled ones. */
    public OutcomeCounts forHost(String hostId) {
        return Optional.ofNullable(hosts.get(hostId)).orElse(pooled);
    }

    /** The families of the host's scope: its own when it has counts of its own, else the pool's. */
    public Map<String, FamilyCounts> familiesFor(String hostId) {
        return hosts.containsKey(hostId) ? hostFamilies.getOrDefault(hostId, Map.of()) : families;
    }

    /** The family's counts in the host's scope, if it had sessions there. */
    public Optional<FamilyCounts> family(String hostId, DeviceFamily device) {
        return device == null ? Optional.empty() : Optional.ofNullable(familiesFor(hostId).get(device.family()));
    }

    /**
     * The model of the problem on a host for a device: three levels of the same Beta/Dirichlet
     * posterior mean, each level's numbers the prior of the next with weight {@code k}, and each
     * level counting only the sessions the level below does not (so no session counts twice):
     * the scope (host or pool) without the device's family, on the knowledge base's numbers; the
     * family without the device, on that; the device's own sessions, on that. A device without
     * sessions gets its family's numbers; one with many, its own. Without family counts (a version
     * saved before devices were learned, or a source that knows no devices) it is the scope's model.
     */
    public TroubleshootingModel apply(TroubleshootingModel base, String hostId, DeviceFamily device, double k) {
        OutcomeCounts scope = forHost(hostId);
        Optional<FamilyCounts> family = family(hostId, device);
        if (family.isEmpty()) {
            return scope.apply(base, k);
        }
        OutcomeCounts fam = family.get().counts();
        OutcomeCounts own = family.get().device(device.device());
        TroubleshootingModel problemLevel = scope.minus(fam).apply(base, k);
        TroubleshootingModel familyLevel = fam.minus(own).apply(problemLevel, k);
        return own.apply(familyLevel, k);
    }
}
