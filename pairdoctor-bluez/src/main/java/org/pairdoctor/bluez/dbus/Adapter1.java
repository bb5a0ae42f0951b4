package org.pairdoctor.bluez.dbus;

import org.freedesktop.dbus.DBusPath;
import org.freedesktop.dbus.annotations.DBusInterfaceName;
import org.freedesktop.dbus.interfaces.DBusInterface;
import org.freedesktop.dbus.types.Variant;

import java.util.Map;

/** {@code org.bluez.Adapter1}: the methods we call; properties are read through ObjectManager. */
@DBusInterfaceName("org.bluez.Adapter1")
@SuppressWarnings("checkstyle:MethodName")
public interface Adapter1 extends DBusInterface {
    void StartDiscovery();

    void StopDiscovery();

    void SetDiscoveryFilter(Map<String, Variant<?>> filter);

    /** Also deletes the bonding (link keys). */
    void RemoveDevice(DBusPath device);
}
