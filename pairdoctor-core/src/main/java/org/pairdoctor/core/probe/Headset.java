package org.pairdoctor.core.probe;

import java.util.List;
import java.util.Locale;

/**
 * The headset to connect, as the knowledge base describes it.
 *
 * @param displayName e.g. "Sony WH-1000XM2"
 * @param classicNames the names its classic (BR/EDR) entry shows in a scan list: pair these
 * @param leNames its Bluetooth LE entries (e.g. {@code LE_WH-1000XM2}): never pair these for audio
 * @param pairingInstructions how to put it in pairing mode, one line per step
 */
public record Headset(String displayName, List<String> classicNames, List<String> leNames,
                      List<String> pairingInstructions) {
    public Headset {
        classicNames = List.copyOf(classicNames);
        leNames = List.copyOf(leNames);
        pairingInstructions = List.copyOf(pairingInstructions);
    }

    /** A headset known only by what the user typed (a name or an address). */
    public static Headset named(String nameOrAddress) {
        return new Headset(nameOrAddress, List.of(nameOrAddress), List.of(),
                List.of("Put the headset in pairing mode (see its manual); usually: hold the power button until "
                        + "the light flashes in a new pattern or a voice says \"pairing\"."));
    }

    /** True for a name that is an LE entry (listed, or Sony-style {@code LE_} prefix). */
    public boolean isLeName(String name) {
        return name.toUpperCase(Locale.ROOT).startsWith("LE_") || leNames.stream().anyMatch(name::equalsIgnoreCase);
    }
}
