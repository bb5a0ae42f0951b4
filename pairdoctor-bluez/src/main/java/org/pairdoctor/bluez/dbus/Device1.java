package org.pairdoctor.bluez.dbus;

import org.freedesktop.dbus.annotations.DBusInterfaceName;
import org.freedesktop.dbus.interfaces.DBusInterface;

/** {@code org.bluez.Device1}: the methods we call; properties are read through ObjectManager. */
@DBusInterfaceName("org.bluez.Device1")
public interface Device1 extends DBusInterface {
    void Pair();

    void CancelPairing();

    void Connect();

    void Disconnect();

    /** {@code uuid} is the remote profile: 110b for music, 111e or 1108 for calls. */
    void ConnectProfile(String uuid);

    void DisconnectProfile(String uuid);
}
