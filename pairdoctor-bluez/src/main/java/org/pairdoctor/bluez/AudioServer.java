package org.pairdoctor.bluez;

/**
 * What plays Bluetooth audio on this machine, as far as we could tell.
 *
 * @param kind which server answers (pactl's "Server Name")
 * @param bluetooth whether its Bluetooth support is loaded: TRUE, FALSE, or null when we cannot tell
 * @param detail one line of what we saw, for the report
 */
public record AudioServer(Kind kind, Boolean bluetooth, String detail) {
    /** The sound servers that register A2DP endpoints with BlueZ. */
    public enum Kind { PIPEWIRE, PULSEAUDIO, NONE, UNKNOWN }

    public static AudioServer unknown(String detail) {
        return new AudioServer(Kind.UNKNOWN, null, detail);
    }

    /** What to install or start so that BlueZ gets an A2DP endpoint, for this situation. */
    public String fix() {
        return switch (kind) {
            case PIPEWIRE -> "PipeWire is running but its Bluetooth plugin is not: install it (Debian/Ubuntu: "
                    + "sudo apt install libspa-0.2-bluetooth wireplumber) and restart it: "
                    + "systemctl --user restart wireplumber pipewire pipewire-pulse";
            case PULSEAUDIO -> "PulseAudio is running without its Bluetooth module: install it (Debian/Ubuntu: "
                    + "sudo apt install pulseaudio-module-bluetooth) and restart PulseAudio: pulseaudio -k";
            case NONE, UNKNOWN -> "No sound server with Bluetooth support is running for your user. Install and "
                    + "start PipeWire with WirePlumber (Debian/Ubuntu: sudo apt install pipewire-pulse wireplumber "
                    + "libspa-0.2-bluetooth; then systemctl --user enable --now pipewire pipewire-pulse wireplumber), "
                    + "or PulseAudio with sudo apt install pulseaudio-module-bluetooth. Run pairdoctor as your own "
                    + "user, not with sudo: the sound server belongs to your login session.";
        };
    }
}
