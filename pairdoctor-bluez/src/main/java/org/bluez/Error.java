package org.bluez;

import org.freedesktop.dbus.exceptions.DBusExecutionException;

/**
 * BlueZ's D-Bus error names as Java types. dbus-java turns an error reply named
 * {@code org.bluez.Error.Failed} into {@code org.bluez.Error$Failed} by looking the name up as a
 * class (verified with dbus-java 5.2.2), so this class must live in package {@code org.bluez} and
 * be called {@code Error}. Names without a class here arrive as a plain
 * {@link DBusExecutionException}; {@code org.pairdoctor.bluez.dbus} translates both.
 */
@SuppressWarnings("java:S2166")
public final class Error {
    private Error() {
    }

    /** Generic failure; the message is a reason such as {@code br-connection-page-timeout}. */
    public static class Failed extends DBusExecutionException {
        public Failed(String message) {
            super(message);
        }
    }

    public static class InProgress extends DBusExecutionException {
        public InProgress(String message) {
            super(message);
        }
    }

    public static class AlreadyExists extends DBusExecutionException {
        public AlreadyExists(String message) {
            super(message);
        }
    }

    public static class AlreadyConnected extends DBusExecutionException {
        public AlreadyConnected(String message) {
            super(message);
        }
    }

    public static class NotConnected extends DBusExecutionException {
        public NotConnected(String message) {
            super(message);
        }
    }

    public static class NotReady extends DBusExecutionException {
        public NotReady(String message) {
            super(message);
        }
    }

    /** Powering an adapter that rfkill blocks. */
    public static class Blocked extends DBusExecutionException {
        public Blocked(String message) {
            super(message);
        }
    }

    public static class AuthenticationFailed extends DBusExecutionException {
        public AuthenticationFailed(String message) {
            super(message);
        }
    }

    public static class AuthenticationRejected extends DBusExecutionException {
        public AuthenticationRejected(String message) {
            super(message);
        }
    }

    public static class AuthenticationCanceled extends DBusExecutionException {
        public AuthenticationCanceled(String message) {
            super(message);
        }
    }

    public static class AuthenticationTimeout extends DBusExecutionException {
        public AuthenticationTimeout(String message) {
            super(message);
        }
    }

    /** Pairing could not reach the device (BlueZ says "Page Timeout"). */
    public static class ConnectionAttemptFailed extends DBusExecutionException {
        public ConnectionAttemptFailed(String message) {
            super(message);
        }
    }

    public static class DoesNotExist extends DBusExecutionException {
        public DoesNotExist(String message) {
            super(message);
        }
    }

    public static class InvalidArguments extends DBusExecutionException {
        public InvalidArguments(String message) {
            super(message);
        }
    }

    public static class NotAvailable extends DBusExecutionException {
        public NotAvailable(String message) {
            super(message);
        }
    }

    public static class NotSupported extends DBusExecutionException {
        public NotSupported(String message) {
            super(message);
        }
    }

    public static class NotAuthorized extends DBusExecutionException {
        public NotAuthorized(String message) {
            super(message);
        }
    }

    /** Also what our agent answers to refuse a request. */
    public static class Rejected extends DBusExecutionException {
        public Rejected(String message) {
            super(message);
        }
    }

    public static class Canceled extends DBusExecutionException {
        public Canceled(String message) {
            super(message);
        }
    }

    /** Errors of the BR/EDR (classic) transport, BlueZ 5.84 and later. */
    public static final class BREDR {
        private BREDR() {
        }

        /** "No profile to connect": no audio server registered an endpoint (5.84+ form). */
        public static class ProfileUnavailable extends DBusExecutionException {
            public ProfileUnavailable(String message) {
                super(message);
            }
        }
    }
}
