package org.pairdoctor.core.learning;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What was learned about one problem: counts pooled over every host, and counts of their own for
 * the hosts that had enough sessions. Immutable.
 *
 * @param hostSessions faded weight of the sessions learned from, per host (also those that share the
 *                     pooled counts)
 */
public record ProblemCounts(OutcomeCounts pooled, Map<String, OutcomeCounts> hosts,
                            Map<String, Double> hostSessions) {
    public ProblemCounts {
        hosts = Collections.unmodifiableMap(new TreeMap<>(hosts == null ? Map.of() : hosts));
        hostSessions = Collections.unmodifiableMap(new TreeMap<>(hostSessions == null ? Map.of() : hostSessions));
    }

    /** The host's own counts when it has them, else the pooled ones. */
    public OutcomeCounts forHost(String hostId) {
        return Optional.ofNullable(hosts.get(hostId)).orElse(pooled);
    }
}
