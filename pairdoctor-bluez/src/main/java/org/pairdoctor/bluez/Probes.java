package org.pairdoctor.bluez;

/**
 * The probe ids the connector answers, and their answer ids. A knowledge-base question that names
 * one of these ids as its {@code probe} is answered automatically when its answers use these ids
 * (see docs/connector.md).
 */
public final class Probes {
    /** running | not-running */
    public static final String BLUETOOTH_SERVICE = "bluetooth-service";
    /** yes | no */
    public static final String ADAPTER_PRESENT = "adapter-present";
    /** yes | no: as found, before the connector powered it on */
    public static final String ADAPTER_POWERED = "adapter-powered";
    /** unblocked | soft-blocked | hard-blocked */
    public static final String RFKILL = "rfkill";
    /** yes | no: an audio server registered an A2DP endpoint (adapter UUIDs list 110a) */
    public static final String AUDIO_ENDPOINT = "audio-endpoint";
    /** yes | no | le-only */
    public static final String ADAPTER_SEES_DEVICE = "adapter-sees-device";
    /** yes | no: before the connector paired it */
    public static final String DEVICE_PAIRED = "device-paired";
    /** yes | no: before the connector trusted it */
    public static final String DEVICE_TRUSTED = "device-trusted";
    /** ok | rejected | page-timeout | stale-key | failed */
    public static final String PAIRING = "pairing";
    /** ok | page-timeout | profile-unavailable | stale-key | failed */
    public static final String CONNECTION = "connection";
    /** connected | unavailable | failed */
    public static final String MUSIC_PROFILE = "music-profile";
    /** connected | failed */
    public static final String CALL_PROFILE = "call-profile";
    /** pipewire | pulseaudio | none | unknown */
    public static final String AUDIO_SERVER = "audio-server";
    /** reported | not-offered */
    public static final String BATTERY_LEVEL = "battery-level";

    private Probes() {
    }
}
