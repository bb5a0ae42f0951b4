package org.pairdoctor.bluez;

/**
 * The probe ids the connector answers, and their answer ids. A knowledge-base question that names
 * one of these ids as its {@code probe} is answered automatically when it has an answer with that
 * id (see docs/connector.md). The first five are the ids the knowledge base uses.
 */
public final class Probes {
    /** running | not-running */
    public static final String BLUETOOTH_SERVICE = "bluetooth-service";
    /** yes | no */
    public static final String ADAPTER_PRESENT = "adapter-present";
    /** works | broken: Bluetooth was on and not blocked when the connector started */
    public static final String ADAPTER_POWERED = "adapter-powered";
    /** unblocked | soft-blocked | hard-blocked */
    public static final String RFKILL = "rfkill";
    /** listed | missing: an audio server registered an A2DP endpoint (adapter UUIDs list 110a) */
    public static final String A2DP_SOURCE_REGISTERED = "a2dp-source-registered";
    /** appears | only-le | neither */
    public static final String DEVICE_SEEN_IN_SCAN = "device-seen-in-scan";
    /** listed | not-listed: before the connector paired it */
    public static final String DEVICE_PAIRED = "device-paired";
    /** yes | no: before the connector trusted it */
    public static final String DEVICE_TRUSTED = "device-trusted";
    /** ok | rejected | page-timeout | stale-key | failed */
    public static final String PAIRING = "pairing";
    /** ok | page-timeout | profile-unavailable | stale-key | failed */
    public static final String CONNECTION = "connection";
    /** a2dp-active | headset-or-none: the music profile connected */
    public static final String PROFILE_CONNECTED = "profile-connected";
    /** connected | failed */
    public static final String CALL_PROFILE = "call-profile";
    /** pipewire | pulseaudio | none | unknown */
    public static final String AUDIO_SERVER = "audio-server";
    /** reported | not-offered */
    public static final String BATTERY_LEVEL = "battery-level";

    private Probes() {
    }
}
