package org.pairdoctor.core.probe;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A headset recognised by a name it shows in a scan list: which known device it is, and whether the
 * name is that device's Bluetooth LE entry (e.g. {@code LE_WF-1000XM4}), which carries no audio and
 * must not be paired; {@link #pairInstead()} names the entry to pair. Immutable.
 *
 * @param deviceId the knowledge-base device id
 * @param headset  the device as the connector needs it
 * @param leEntry  true when the name was one of its LE entries
 */
public record Recognition(String deviceId, Headset headset, boolean leEntry) {
    /**
     * The device among {@code known} (device id to headset, in the knowledge base's order) whose classic
     * or LE scan name equals {@code name}, ignoring case and surrounding blanks; a classic name wins over
     * an LE name of another device.
     */
    public static Optional<Recognition> of(String name, Map<String, Headset> known) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            return Optional.empty();
        }
        for (var e : known.entrySet()) {
            if (e.getValue().classicNames().stream().anyMatch(n::equalsIgnoreCase)) {
                return Optional.of(new Recognition(e.getKey(), e.getValue(), false));
            }
        }
        for (var e : known.entrySet()) {
            if (e.getValue().leNames().stream().anyMatch(n::equalsIgnoreCase)) {
                return Optional.of(new Recognition(e.getKey(), e.getValue(), true));
            }
        }
        return Optional.empty();
    }

    /** The entry to pair for audio: the device's first classic scan name. */
    public String pairInstead() {
        return headset.classicNames().get(0);
    }

    /**
     * For a name that looks like an LE entry ({@code LE_} prefix) of a headset nobody described, the name
     * its classic entry most likely shows (the rest of the name, as Sony's headsets do); else empty.
     */
    public static Optional<String> classicTwinOf(String name) {
        String n = name == null ? "" : name.strip();
        return n.toUpperCase(Locale.ROOT).startsWith("LE_") && n.length() > 3
                ? Optional.of(n.substring(3)) : Optional.empty();
    }
}
