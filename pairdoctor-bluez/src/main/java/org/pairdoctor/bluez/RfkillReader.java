package org.pairdoctor.bluez;

import java.util.List;

/** Port: the Bluetooth radio kill switches (rfkill is not on D-Bus). */
public interface RfkillReader {
    /** The switches of type {@code bluetooth}; empty when there are none or rfkill is unavailable. */
    List<RfkillSwitch> bluetoothSwitches();
}
