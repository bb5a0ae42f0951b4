package org.pairdoctor.bluez;

import java.util.Optional;
import java.util.Set;

/**
 * A local Bluetooth adapter as BlueZ reports it.
 *
 * @param path D-Bus object path, e.g. {@code /org/bluez/hci0}
 * @param name the last path element, e.g. {@code hci0}
 * @param powerState BlueZ 5.66+ {@code PowerState} ({@code off-blocked} means rfkill); empty on older BlueZ
 * @param uuids the local service records; lacking {@link Profiles#A2DP_SOURCE} means no audio server
 *              registered an A2DP endpoint
 */
public record BluetoothAdapter(String path, String name, String address, String alias, boolean powered,
                               boolean discovering, Optional<String> powerState, Set<String> uuids) {
    public BluetoothAdapter {
        uuids = Set.copyOf(uuids);
        powerState = powerState == null ? Optional.empty() : powerState;
    }

    public static String nameOf(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** True when an audio server registered an A2DP endpoint with BlueZ (the cheap audio check). */
    public boolean hasA2dpEndpoint() {
        return uuids.contains(Profiles.A2DP_SOURCE);
    }
}
