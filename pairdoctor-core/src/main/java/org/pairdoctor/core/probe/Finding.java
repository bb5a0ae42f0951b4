package org.pairdoctor.core.probe;

import java.util.List;

/**
 * Why a {@link BluetoothProbe} could not connect the headset, as a kind the core knows, with the
 * knowledge-base problems a guided session should work on, best first (empty: nothing in the
 * knowledge base helps, e.g. no system bus at all). The mapping lives here, not in an adapter or a
 * channel, so that every channel hands over the same way; a test checks every problem id against
 * the shipped knowledge base. Immutable.
 */
public enum Finding {
    NO_BUS(),
    BLUETOOTHD_NOT_RUNNING(Problems.NOT_IN_SCAN_LIST),
    NO_ADAPTER(Problems.NOT_IN_SCAN_LIST),
    ADAPTER_NOT_FOUND(),
    RFKILL_BLOCKED(Problems.NOT_IN_SCAN_LIST),
    POWER_FAILED(Problems.NOT_IN_SCAN_LIST),
    DEVICE_NOT_FOUND(Problems.NOT_IN_SCAN_LIST),
    ONLY_LE_ENTRY_FOUND(Problems.NOT_IN_SCAN_LIST),
    PAIRING_REJECTED(Problems.PAIRING_FAILS),
    /** The headset did not answer: off, out of range, or out of pairing mode. */
    PAGE_TIMEOUT(Problems.PAIRING_FAILS, Problems.NOT_IN_SCAN_LIST),
    STALE_KEY(Problems.PAIRING_FAILS),
    PAIRING_FAILED(Problems.PAIRING_FAILS),
    AUDIO_SERVER_MISSING(Problems.PROFILE_UNAVAILABLE),
    CONNECT_FAILED(Problems.NO_AUTO_RECONNECT, Problems.PAIRING_FAILS),
    MUSIC_PROFILE_FAILED(Problems.PROFILE_UNAVAILABLE),
    /** Any other error of the Bluetooth stack. */
    BLUEZ_ERROR(Problems.PAIRING_FAILS);

    private final List<String> problems;

    Finding(String... problems) {
        this.problems = List.of(problems);
    }

    /** Knowledge-base problem ids to hand over to, best first; may be empty. */
    public List<String> problems() {
        return problems;
    }

    /** The finding's id as sessions record it ({@code rfkill_blocked} style, lower case). */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Problem ids of the shipped knowledge base that findings hand over to. */
    private static final class Problems {
        static final String NOT_IN_SCAN_LIST = "headset-not-in-scan-list";
        static final String PAIRING_FAILS = "pairing-fails";
        static final String PROFILE_UNAVAILABLE = "linux-profile-unavailable";
        static final String NO_AUTO_RECONNECT = "no-auto-reconnect";
    }
}
