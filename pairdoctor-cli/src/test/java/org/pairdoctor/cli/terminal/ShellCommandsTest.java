package org.pairdoctor.cli.terminal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Commands found in shipped step texts (knowledge/hosts/linux.yaml and the problems), each whole. */
class ShellCommandsTest {
    @Test
    void commandsEndWherePunctuationOrTheSentenceTakesOver() {
        assertThat(ShellCommands.in("Switch Bluetooth off and on in the desktop's settings, or run: bluetoothctl power off, "
                + "wait 10 seconds, bluetoothctl power on."))
                .containsExactly("bluetoothctl power off", "bluetoothctl power on");
        assertThat(ShellCommands.in("Run rfkill list: for 'Soft blocked: yes', run rfkill unblock bluetooth; "
                + "'Hard blocked: yes' means a hardware switch or key."))
                .containsExactly("rfkill list", "rfkill unblock bluetooth");
        assertThat(ShellCommands.in("Quicker, and often enough: sudo systemctl restart bluetooth, then connect the "
                + "headset again.")).containsExactly("sudo systemctl restart bluetooth");
        assertThat(ShellCommands.in("In a terminal: wpctl status lists the sinks; wpctl set-default <sink id> "
                + "(or pactl set-default-sink <sink name>)."))
                .containsExactly("wpctl status", "wpctl set-default <sink id>", "pactl set-default-sink <sink name>");
    }

    @Test
    void placeholdersQuotesAndBracketsStayWhole() {
        assertThat(ShellCommands.in("In a terminal: bluetoothctl connect <address of the headset> (bluetoothctl devices "
                + "lists the addresses)."))
                .containsExactly("bluetoothctl connect <address of the headset>", "bluetoothctl devices");
        assertThat(ShellCommands.in("Run: systemctl --user enable --now pipewire pipewire-pulse wireplumber "
                + "(PulseAudio: systemctl --user start pulseaudio)."))
                .containsExactly("systemctl --user enable --now pipewire pipewire-pulse wireplumber",
                        "systemctl --user start pulseaudio");
        assertThat(ShellCommands.in("Is the music profile active? ('pactl list cards' shows 'Active Profile: a2dp-sink')"))
                .containsExactly("pactl list cards");
        assertThat(ShellCommands.in("Run: bluetoothctl devices Paired (or: bluetoothctl paired-devices on older versions)"))
                .containsExactly("bluetoothctl devices Paired", "bluetoothctl paired-devices");
    }

    @Test
    void proseWithoutAProgramHasNoCommand() {
        assertThat(ShellCommands.in("Make sure PipeWire (pipewire-pulse, wireplumber) or PulseAudio is running.")).isEmpty();
        assertThat(ShellCommands.in("Open Settings, then Bluetooth.")).isEmpty();
    }
}
