package org.pairdoctor.bluez;

import java.util.Map;

/** What went wrong in a call to BlueZ, by its D-Bus error name. */
public enum BluezError {
    /** No D-Bus system bus to connect to. */
    NO_BUS,
    /** Nothing owns {@code org.bluez}: bluetoothd is not running. */
    SERVICE_UNKNOWN,
    FAILED, IN_PROGRESS, ALREADY_EXISTS, ALREADY_CONNECTED, NOT_CONNECTED, NOT_READY, NOT_SUPPORTED,
    NOT_AUTHORIZED, BLOCKED, AUTHENTICATION_FAILED, AUTHENTICATION_REJECTED, AUTHENTICATION_CANCELED,
    AUTHENTICATION_TIMEOUT, CONNECTION_ATTEMPT_FAILED, DOES_NOT_EXIST, INVALID_ARGUMENTS, NOT_AVAILABLE,
    REJECTED, CANCELED,
    /** {@code org.bluez.Error.BREDR.ProfileUnavailable} (BlueZ 5.84+). */
    PROFILE_UNAVAILABLE,
    /** The call did not answer in time. */
    TIMEOUT,
    /** Any other error name. */
    OTHER;

    private static final Map<String, BluezError> BY_NAME = Map.ofEntries(
            Map.entry("org.freedesktop.DBus.Error.ServiceUnknown", SERVICE_UNKNOWN),
            Map.entry("org.freedesktop.DBus.Error.NameHasNoOwner", SERVICE_UNKNOWN),
            Map.entry("org.freedesktop.DBus.Error.NoReply", TIMEOUT),
            Map.entry("org.freedesktop.DBus.Error.Timeout", TIMEOUT),
            Map.entry("org.bluez.Error.Failed", FAILED),
            Map.entry("org.bluez.Error.InProgress", IN_PROGRESS),
            Map.entry("org.bluez.Error.AlreadyExists", ALREADY_EXISTS),
            Map.entry("org.bluez.Error.AlreadyConnected", ALREADY_CONNECTED),
            Map.entry("org.bluez.Error.NotConnected", NOT_CONNECTED),
            Map.entry("org.bluez.Error.NotReady", NOT_READY),
            Map.entry("org.bluez.Error.NotSupported", NOT_SUPPORTED),
            Map.entry("org.bluez.Error.NotAuthorized", NOT_AUTHORIZED),
            Map.entry("org.bluez.Error.Blocked", BLOCKED),
            Map.entry("org.bluez.Error.AuthenticationFailed", AUTHENTICATION_FAILED),
            Map.entry("org.bluez.Error.AuthenticationRejected", AUTHENTICATION_REJECTED),
            Map.entry("org.bluez.Error.AuthenticationCanceled", AUTHENTICATION_CANCELED),
            Map.entry("org.bluez.Error.AuthenticationTimeout", AUTHENTICATION_TIMEOUT),
            Map.entry("org.bluez.Error.ConnectionAttemptFailed", CONNECTION_ATTEMPT_FAILED),
            Map.entry("org.bluez.Error.DoesNotExist", DOES_NOT_EXIST),
            Map.entry("org.bluez.Error.InvalidArguments", INVALID_ARGUMENTS),
            Map.entry("org.bluez.Error.NotAvailable", NOT_AVAILABLE),
            Map.entry("org.bluez.Error.Rejected", REJECTED),
            Map.entry("org.bluez.Error.Canceled", CANCELED),
            Map.entry("org.bluez.Error.BREDR.ProfileUnavailable", PROFILE_UNAVAILABLE));

    /** The kind for a D-Bus error name; {@link #OTHER} for names we do not know. */
    public static BluezError ofName(String dbusName) {
        return dbusName == null ? OTHER : BY_NAME.getOrDefault(dbusName, OTHER);
    }
}
