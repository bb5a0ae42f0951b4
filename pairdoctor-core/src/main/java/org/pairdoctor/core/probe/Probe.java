package org.pairdoctor.core.probe;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The automatic probes a {@link BluetoothProbe} answers, and the answer ids each can give. A
 * knowledge-base question that names a probe ({@code probe: <id>}) is pre-answered with the probe's
 * reading when the question has an answer of that id; {@code kb check} rejects a probe id that is
 * not listed here. One enum, so that the connector, the hand-over and the knowledge check share one
 * vocabulary. Immutable.
 */
public enum Probe {
    /** Whether bluetoothd owns its name on the system bus. */
    BLUETOOTH_SERVICE("bluetooth-service", "running", "not-running"),
    /** Whether the computer has an adapter the Bluetooth stack can use. */
    ADAPTER_PRESENT("adapter-present", "yes", "no"),
    /** Bluetooth was on and not blocked when the probe started ({@code broken}: off or blocked). */
    ADAPTER_POWERED("adapter-powered", "works", "broken"),
    /** The radio's block state. */
    RFKILL("rfkill", "unblocked", "soft-blocked", "hard-blocked"),
    /** An audio server registered an A2DP endpoint (the adapter lists UUID 0000110a). */
    A2DP_SOURCE_REGISTERED("a2dp-source-registered", "listed", "missing"),
    /** What a scan showed of the headset: its classic entry, only its LE entry, or neither. */
    DEVICE_SEEN_IN_SCAN("device-seen-in-scan", "appears", "only-le", "neither"),
    /** The headset was paired before the probe paired it. */
    DEVICE_PAIRED("device-paired", "listed", "not-listed"),
    /** The headset was trusted before the probe trusted it. */
    DEVICE_TRUSTED("device-trusted", "yes", "no"),
    /** How pairing ended. */
    PAIRING("pairing", "ok", "rejected", "page-timeout", "stale-key", "failed"),
    /** How connecting ended. */
    CONNECTION("connection", "ok", "page-timeout", "profile-unavailable", "stale-key", "failed"),
    /** The music profile connected ({@code headset-or-none}: it did not). */
    PROFILE_CONNECTED("profile-connected", "a2dp-active", "headset-or-none"),
    /** A call profile (HFP or HSP) connected. */
    CALL_PROFILE("call-profile", "connected", "failed"),
    /** The sound server found on the computer. */
    AUDIO_SERVER("audio-server", "pipewire", "pulseaudio", "none", "unknown"),
    /** The headset's battery level was offered over Bluetooth. */
    BATTERY_LEVEL("battery-level", "reported", "not-offered");

    private final String id;
    private final List<String> answers;

    Probe(String id, String... answers) {
        this.id = id;
        this.answers = List.of(answers);
    }

    /** The id the knowledge base uses, e.g. {@code device-paired}. */
    public String id() {
        return id;
    }

    /** The answer ids this probe can give. */
    public List<String> answers() {
        return answers;
    }

    /** The probe with this knowledge-base id. */
    public static Optional<Probe> byId(String id) {
        return Arrays.stream(values()).filter(p -> p.id.equals(id)).findFirst();
    }

    /** Every probe id, in declaration order. */
    public static List<String> ids() {
        return Arrays.stream(values()).map(Probe::id).toList();
    }
}
