package org.pairdoctor.bluez;

import java.util.List;

/**
 * Why the connector stopped, and what to do about it.
 *
 * @param what what failed, in the user's words
 * @param why the cause, as far as the connector can tell
 * @param fix what to do now
 * @param problems knowledge-base problem ids for the guided troubleshooter, best first
 */
public record Diagnosis(Finding finding, String what, String why, String fix, List<String> problems) {
    public Diagnosis {
        problems = List.copyOf(problems);
    }

    /** The kinds of failure the connector recognises. */
    public enum Finding {
        NO_BUS, BLUETOOTHD_NOT_RUNNING, NO_ADAPTER, ADAPTER_NOT_FOUND, RFKILL_BLOCKED, POWER_FAILED,
        DEVICE_NOT_FOUND, ONLY_LE_ENTRY_FOUND, PAIRING_REJECTED, PAGE_TIMEOUT, STALE_KEY, PAIRING_FAILED,
        AUDIO_SERVER_MISSING, CONNECT_FAILED, MUSIC_PROFILE_FAILED, BLUEZ_ERROR
    }
}
