package org.pairdoctor.bluez;

import org.pairdoctor.core.probe.Probe;
import org.pairdoctor.core.probe.ProbeReport;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the connector did and found: the terminal's whole report. {@link #evidence()} is the part
 * the core reads (the {@link org.pairdoctor.core.probe.BluetoothProbe} port's answer).
 *
 * @param connected connected with the music (A2DP) profile: the only success
 * @param callProfile a call profile (HFP or HSP) connected too
 * @param alreadyConnected it was paired and connected before we started
 * @param readings each probe's answer, for pre-answering the guided troubleshooter's questions
 */
public record ConnectReport(boolean connected, boolean callProfile, boolean alreadyConnected,
                            Optional<BluetoothDevice> device, OptionalInt battery, List<Phase> timeline,
                            List<String> notes, Optional<Diagnosis> diagnosis, Map<Probe, String> readings) {
    public ConnectReport {
        timeline = List.copyOf(timeline);
        notes = List.copyOf(notes);
        readings = Map.copyOf(readings);
    }

    /** The connector's own time: the whole run minus time spent waiting for the user. */
    public Duration ownTime() {
        return timeline.stream().filter(p -> !p.waitingForUser()).map(Phase::took).reduce(Duration.ZERO, Duration::plus);
    }

    /** The typed evidence for the core: connected or the finding, and the readings. */
    public ProbeReport evidence() {
        return new ProbeReport(connected, diagnosis.map(Diagnosis::finding), readings);
    }
}
