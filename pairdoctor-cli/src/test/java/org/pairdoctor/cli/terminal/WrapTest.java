package org.pairdoctor.cli.terminal;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WrapTest {
    @Test
    void breaksOnlyBetweenWordsAndFillsEachLine() {
        List<String> lines = Wrap.lines("Press and hold the POWER button for about 7 seconds, until the indicator flashes.", 20);

        assertThat(lines).containsExactly("Press and hold the", "POWER button for", "about 7 seconds,", "until the indicator",
                "flashes.");
        assertThat(lines).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(20));
    }

    @Test
    void aWordLongerThanTheWholeWidthIsCutOnPurposeAfterASeparatorElseAtTheWidth() {
        assertThat(Wrap.lines("see 0000110a-0000-1000-8000-00805f9b34fb now", 16))
                .containsExactly("see", "0000110a-0000-", "1000-8000-", "00805f9b34fb now");
        assertThat(Wrap.lines("a 0123456789abcdefghij b", 8)).containsExactly("a", "01234567", "89abcdef", "ghij b");
    }

    @Test
    void aLongPathIsCutAfterASeparator() {
        List<String> lines = Wrap.lines("Open HKEY_LOCAL_MACHINE\\SYSTEM\\ControlSet001\\Control\\Bluetooth\\Audio", 40);

        assertThat(lines).containsExactly("Open", "HKEY_LOCAL_MACHINE\\SYSTEM\\ControlSet001\\",
                "Control\\Bluetooth\\Audio");
    }

    @Test
    void theFirstLineMayBeNarrowerAndAWordThatFitsALineIsNotCutToFitIt() {
        assertThat(Wrap.lines("one two three four", 9, 20)).containsExactly("one two", "three four");
        assertThat(Wrap.lines("wireplumber restarts", 5, 20)).containsExactly("", "wireplumber restarts");
    }

    @Test
    void aLongCommandContinuesWithABackslashSoItStillPastesAsOne() {
        List<String> lines = Wrap.command("systemctl --user enable --now pipewire pipewire-pulse wireplumber", 40);

        assertThat(lines).containsExactly("systemctl --user enable --now pipewire \\", "  pipewire-pulse wireplumber");
        assertThat(lines).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(40));
        assertThat(String.join("\n", lines).replace(" \\\n  ", " "))
                .isEqualTo("systemctl --user enable --now pipewire pipewire-pulse wireplumber");
        assertThat(Wrap.command("bluetoothctl show", 40)).containsExactly("bluetoothctl show");
    }
}
