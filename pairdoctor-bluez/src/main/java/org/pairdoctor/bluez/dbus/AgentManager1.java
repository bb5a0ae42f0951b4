package org.pairdoctor.bluez.dbus;

import org.freedesktop.dbus.DBusPath;
import org.freedesktop.dbus.annotations.DBusInterfaceName;
import org.freedesktop.dbus.interfaces.DBusInterface;

/** {@code org.bluez.AgentManager1} at {@code /org/bluez}. */
@DBusInterfaceName("org.bluez.AgentManager1")
public interface AgentManager1 extends DBusInterface {
    void RegisterAgent(DBusPath agent, String capability);

    void RequestDefaultAgent(DBusPath agent);

    void UnregisterAgent(DBusPath agent);
}
