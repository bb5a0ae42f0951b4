package org.pairdoctor.bluez.dbus;

import org.freedesktop.dbus.annotations.DBusInterfaceName;
import org.freedesktop.dbus.interfaces.DBusInterface;

/**
 * {@code org.bluez.Battery1}: no methods; {@code Percentage} (byte) is read through ObjectManager.
 * For classic headsets the audio server feeds it from HFP AT commands, so it is often absent.
 */
@DBusInterfaceName("org.bluez.Battery1")
public interface Battery1 extends DBusInterface {
    String NAME = "org.bluez.Battery1";
}
