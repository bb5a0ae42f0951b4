package org.pairdoctor.core.knowledge;

import java.util.Locale;
import java.util.Optional;

/**
 * What a headset has or lacks beyond its Bluetooth basics, as device files declare it
 * ({@code capabilities:}) or as it follows from other fields ({@link Device#derivedCapabilities()}).
 * Problems condition causes and steps on these ({@code onlyWith}). The closed list; the schemas
 * ({@code device.json}, {@code common.json}) list the same ids, which a test keeps in step.
 */
public enum Capability {
    /** Two hosts at once, music from either. */
    MULTIPOINT,
    /** Two hosts at once, but music from one and calls from the other only (the WH-1000XM2). */
    MULTIPOINT_SPLIT,
    NFC,
    AAC,
    APTX,
    APTX_HD,
    LDAC,
    LC3,
    LE_AUDIO,
    CHARGING_CASE,
    WIRELESS_CHARGING,
    /** A 3.5 mm input jack for a cable. */
    CABLE_INPUT,
    TOUCH_CONTROLS,
    WEAR_DETECTION,
    SPEAK_TO_CHAT,
    COMPANION_APP,
    USB_C;

    /** The YAML id, e.g. {@code multipoint-split}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Capability> ofId(String id) {
        for (Capability c : values()) {
            if (c.id().equals(id)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
