package org.pairdoctor.cli.terminal;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ScreenTest {
    final StringWriter text = new StringWriter();

    @Test
    void bulletsAndNumbersHangTheirLinesUnderTheText() {
        Screen s = new Screen(new PrintWriter(text, true), 40, false);
        s.item("  * ", "", "Press and hold the POWER button for about 7 seconds.", Screen.Tone.PLAIN);
        s.item("  ", "12) ", "It connects, but sounds like a phone call (mono, muffled)", Screen.Tone.KEY);
        s.item("  ", "Most likely now: ", "A cause with a long name (42%, estimate); another (20%, estimate).",
                Screen.Tone.PLAIN);

        assertThat(text.toString().split("\n")).containsExactly(
                "  * Press and hold the POWER button for",
                "    about 7 seconds.",
                "  12) It connects, but sounds like a",
                "      phone call (mono, muffled)",
                "  Most likely now: A cause with a long",
                "    name (42%, estimate); another (20%,",
                "    estimate).");
    }

    @Test
    void colourOnlyOnATerminalAndNeverUnderNoColor() {
        assertThat(Screen.colour(Map.of())).isTrue();
        assertThat(Screen.colour(Map.of("NO_COLOR", "1"))).isFalse();
        assertThat(Screen.colour(Map.of("NO_COLOR", ""))).as("an empty NO_COLOR does not count (no-color.org)").isTrue();
        assertThat(Screen.colour(Map.of("TERM", "dumb"))).isFalse();
        assertThat(Screen.of(new PrintWriter(text), null, Map.of()).styled()).as("not a terminal").isFalse();

        Screen styled = new Screen(new PrintWriter(text, true), 80, true);
        styled.title("Restart Bluetooth");
        styled.warning("  ", "This step erases every pairing.");
        styled.command("      ", "bluetoothctl power on");
        assertThat(text.toString()).contains("\u001b[1mRestart Bluetooth").contains("\u001b[").contains("bluetoothctl power on");
        assertThat(text.toString().replaceAll("\u001b\\[[0-9;]*m", ""))
                .isEqualTo("Restart Bluetooth\n  ! This step erases every pairing.\n      bluetoothctl power on\n");
    }

    @Test
    void withoutATerminalTheWidthIsColumnsElse80() {
        assertThat(Screen.of(new PrintWriter(text), null, Map.of("COLUMNS", "60")).width()).isEqualTo(60);
        assertThat(Screen.of(new PrintWriter(text), null, Map.of()).width()).isEqualTo(80);
        assertThat(Screen.of(new PrintWriter(text), null, Map.of("COLUMNS", "wide")).width()).isEqualTo(80);
    }
}
