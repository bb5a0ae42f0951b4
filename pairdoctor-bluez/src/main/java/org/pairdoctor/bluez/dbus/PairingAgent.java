package org.pairdoctor.bluez.dbus;

import org.bluez.Error;
import org.freedesktop.dbus.DBusPath;
import org.freedesktop.dbus.types.UInt16;
import org.freedesktop.dbus.types.UInt32;

import java.util.function.Predicate;

/**
 * Our exported {@code org.bluez.Agent1}, registered as NoInputNoOutput: headphones pair by "just
 * works", so BlueZ asks at most for a confirmation or an authorisation, which we give for the
 * devices the connector is working on and refuse for the rest. Public only because dbus-java
 * exports it by reflection.
 */
public final class PairingAgent implements Agent1 {
    private final String objectPath;
    private final Predicate<String> accept;

    PairingAgent(String objectPath, Predicate<String> accept) {
        this.objectPath = objectPath;
        this.accept = accept;
    }

    @Override
    public String getObjectPath() {
        return objectPath;
    }

    @Override
    public void Release() {
        // bluetoothd unregistered us (e.g. it is stopping): nothing to clean up.
    }

    @Override
    public String RequestPinCode(DBusPath device) {
        check(device);
        // Legacy (pre-2.1) headsets use a fixed PIN; 0000 is what nearly all of them expect.
        return "0000";
    }

    @Override
    public void DisplayPinCode(DBusPath device, String pincode) {
        check(device);
    }

    @Override
    public UInt32 RequestPasskey(DBusPath device) {
        check(device);
        return new UInt32(0);
    }

    @Override
    public void DisplayPasskey(DBusPath device, UInt32 passkey, UInt16 entered) {
        check(device);
    }

    @Override
    public void RequestConfirmation(DBusPath device, UInt32 passkey) {
        check(device);
    }

    @Override
    public void RequestAuthorization(DBusPath device) {
        check(device);
    }

    @Override
    public void AuthorizeService(DBusPath device, String uuid) {
        check(device);
    }

    @Override
    public void Cancel() {
        // The pairing was cancelled on the other side; Pair() reports it to the connector.
    }

    private void check(DBusPath device) {
        if (!accept.test(device.getPath())) {
            throw new Error.Rejected("pairdoctor only accepts the headset it is connecting");
        }
    }
}
