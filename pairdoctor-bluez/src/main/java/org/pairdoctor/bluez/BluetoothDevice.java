package org.pairdoctor.bluez;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * A remote device as BlueZ reports it.
 *
 * @param path D-Bus object path, e.g. {@code /org/bluez/hci0/dev_04_5D_4B_AA_BB_CC}
 * @param adapterPath the adapter it belongs to
 * @param name the name it advertises; empty when it has not told us yet
 * @param rssi signal strength; present only while discovery sees the device
 * @param battery {@code Battery1.Percentage}, when BlueZ offers it
 */
public record BluetoothDevice(String path, String adapterPath, String address, Optional<String> name, String alias,
                              boolean paired, boolean trusted, boolean connected, boolean blocked,
                              Set<String> uuids, OptionalInt rssi, OptionalInt battery) {
    public BluetoothDevice {
        uuids = Set.copyOf(uuids);
        name = name == null ? Optional.empty() : name;
        rssi = rssi == null ? OptionalInt.empty() : rssi;
        battery = battery == null ? OptionalInt.empty() : battery;
    }

    /** The name to show: the advertised name, else the alias (which BlueZ defaults to the address). */
    public String displayName() {
        return name.orElse(alias);
    }

    public boolean advertises(String uuid) {
        return uuids.contains(uuid);
    }
}
