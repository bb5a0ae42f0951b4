package org.pairdoctor.core.probe;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a {@link BluetoothProbe} found, as typed evidence: whether the headset ended up connected
 * (with music), why not when it did not, and each probe's reading. Immutable.
 *
 * @param connected the headset is connected with the music profile: the only success
 * @param finding why it is not connected; empty exactly when {@code connected}
 * @param readings each answered probe's answer id (one of {@link Probe#answers()})
 */
public record ProbeReport(boolean connected, Optional<Finding> finding, Map<Probe, String> readings) {
    public ProbeReport {
        if (connected == finding.isPresent()) {
            throw new IllegalArgumentException(connected ? "a connected probe report has no finding"
                    : "a probe report that is not connected needs a finding");
        }
        EnumMap<Probe, String> copy = new EnumMap<>(Probe.class);
        readings.forEach((probe, answer) -> {
            if (!probe.answers().contains(answer)) {
                throw new IllegalArgumentException("probe '" + probe.id() + "' has no answer '" + answer
                        + "'; its answers: " + String.join(", ", probe.answers()));
            }
            copy.put(probe, answer);
        });
        readings = Collections.unmodifiableMap(copy);
    }

    /** A reading, if the probe was answered. */
    public Optional<String> reading(Probe probe) {
        return Optional.ofNullable(readings.get(probe));
    }
}
