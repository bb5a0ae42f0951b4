package org.pairdoctor.bluez;

/**
 * One radio kill switch from {@code /sys/class/rfkill}.
 *
 * @param soft blocked in software ({@code rfkill block}, airplane mode): {@code rfkill unblock bluetooth} clears it
 * @param hard blocked by a hardware switch, key or firmware setting: software cannot clear it
 */
public record RfkillSwitch(String id, String name, String type, boolean soft, boolean hard) {
    public boolean blocked() {
        return soft || hard;
    }
}
