package org.pairdoctor.bluez;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the connector did and found.
 *
 * @param connected connected with the music (A2DP) profile: the only success
 * @param callProfile a call profile (HFP or HSP) connected too
 * @param alreadyConnected it was paired and connected before we started
 * @param probes probe id to answer id, for pre-answering the guided troubleshooter's questions
 */
public record ConnectReport(boolean connected, boolean callProfile, boolean alreadyConnected,
                            Optional<BluetoothDevice> device, OptionalInt battery, List<Phase> timeline,
                            List<String> notes, Optional<Diagnosis> diagnosis, Map<String, String> probes) {
    public ConnectReport {
        timeline = List.copyOf(timeline);
        notes = List.copyOf(notes);
        probes = Map.copyOf(probes);
    }

    /** The connector's own time: the whole run minus time spent waiting for the user. */
    public Duration ownTime() {
        return timeline.stream().filter(p -> !p.waitingForUser()).map(Phase::took).reduce(Duration.ZERO, Duration::plus);
    }
}
