package org.pairdoctor.bluez;

import org.pairdoctor.core.PairdoctorException;

/**
 * A BlueZ call failed. Carries the D-Bus error name and BlueZ's reason string (e.g.
 * {@code br-connection-page-timeout}), so the connector can explain it.
 */
public class BluezException extends PairdoctorException {
    private final BluezError error;
    private final String dbusName;
    private final String reason;

    public BluezException(BluezError error, String dbusName, String reason) {
        super(dbusName + (reason == null || reason.isBlank() ? "" : ": " + reason));
        this.error = error;
        this.dbusName = dbusName;
        this.reason = reason == null ? "" : reason;
    }

    /** An error of a known kind with its usual D-Bus name (used by fakes and tests). */
    public static BluezException of(BluezError error, String reason) {
        String name = switch (error) {
            case PROFILE_UNAVAILABLE -> "org.bluez.Error.BREDR.ProfileUnavailable";
            case SERVICE_UNKNOWN -> "org.freedesktop.DBus.Error.ServiceUnknown";
            case NO_BUS -> "no D-Bus system bus";
            case TIMEOUT -> "org.freedesktop.DBus.Error.NoReply";
            default -> "org.bluez.Error." + camel(error.name());
        };
        return new BluezException(error, name, reason);
    }

    private static String camel(String constant) {
        StringBuilder b = new StringBuilder();
        for (String part : constant.split("_")) {
            b.append(part.charAt(0)).append(part.substring(1).toLowerCase(java.util.Locale.ROOT));
        }
        return b.toString();
    }

    public BluezError error() {
        return error;
    }

    public String dbusName() {
        return dbusName;
    }

    /** BlueZ's reason string (the error message), possibly empty. */
    public String reason() {
        return reason;
    }

    /** "No profile to connect": the audio server registered no endpoint. Both forms (before and after BlueZ 5.84). */
    public boolean profileUnavailable() {
        return error == BluezError.PROFILE_UNAVAILABLE
                || (error == BluezError.FAILED && reason.contains("profile-unavailable"));
    }

    /** The headset did not answer the page: off, out of range, or no longer in pairing mode. */
    public boolean pageTimeout() {
        return error == BluezError.CONNECTION_ATTEMPT_FAILED || error == BluezError.AUTHENTICATION_TIMEOUT
                || reason.contains("page-timeout") || reason.equalsIgnoreCase("Page Timeout");
    }

    /** The stored link key does not work any more: the headset forgot the pairing. */
    public boolean staleKey() {
        return error == BluezError.AUTHENTICATION_FAILED || reason.contains("key-missing");
    }

    /** The headset (or the user on it) refused the pairing. */
    public boolean rejected() {
        return error == BluezError.AUTHENTICATION_REJECTED || error == BluezError.REJECTED
                || error == BluezError.AUTHENTICATION_CANCELED || reason.contains("refused")
                || reason.contains("aborted-by-remote");
    }
}
