package org.pairdoctor.bluez;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class SysfsRfkillTest {
    static void write(Path root, String id, String type, String name, int soft, int hard) throws IOException {
        Path d = Files.createDirectories(root.resolve("class/rfkill/" + id));
        Files.writeString(d.resolve("type"), type + "\n");
        Files.writeString(d.resolve("name"), name + "\n");
        Files.writeString(d.resolve("soft"), soft + "\n");
        Files.writeString(d.resolve("hard"), hard + "\n");
    }

    @Test
    void readsOnlyBluetoothSwitchesWithTheirBlocks(@TempDir Path root) throws IOException {
        write(root, "rfkill0", "wlan", "phy0", 1, 0);
        write(root, "rfkill1", "bluetooth", "hci0", 1, 0);
        write(root, "rfkill2", "bluetooth", "hci1", 0, 1);

        var switches = new SysfsRfkill(root).bluetoothSwitches();

        assertThat(switches).containsExactly(new RfkillSwitch("rfkill1", "hci0", "bluetooth", true, false),
                new RfkillSwitch("rfkill2", "hci1", "bluetooth", false, true));
    }

    @Test
    void noRfkillDirectoryMeansNoSwitches(@TempDir Path root) {
        assertThat(new SysfsRfkill(root).bluetoothSwitches()).isEmpty();
    }
}
