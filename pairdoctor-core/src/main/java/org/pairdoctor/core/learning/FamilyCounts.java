package org.pairdoctor.core.learning;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What was learned about one family of devices (e.g. {@code sony-1000x}) for one problem: the counts
 * of all its devices' sessions together, and each device's own counts. Immutable.
 *
 * @param counts  the sessions of every device of the family
 * @param devices device id → the counts of that device's sessions alone
 */
public record FamilyCounts(OutcomeCounts counts, Map<String, OutcomeCounts> devices) {
    public FamilyCounts {
        counts = counts == null ? OutcomeCounts.empty() : counts;
        devices = Collections.unmodifiableMap(new TreeMap<>(devices == null ? Map.of() : devices));
    }

    /** The device's own counts; empty for a device of the family that had no sessions. */
    public OutcomeCounts device(String deviceId) {
        return devices.getOrDefault(deviceId, OutcomeCounts.empty());
    }
}
