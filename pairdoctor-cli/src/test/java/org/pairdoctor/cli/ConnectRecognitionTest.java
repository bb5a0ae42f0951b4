package org.pairdoctor.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pairdoctor.bluez.dbus.BluezMock;
import org.pairdoctor.bluez.dbus.BluezMockExtension;
import org.pairdoctor.bluez.dbus.DbusBluezClient;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * `connect --device NAME` recognises a model of the knowledge base by the name it shows in a scan list,
 * gives that model's pairing-mode instructions and pairs it; its LE_ entry is refused with the entry to
 * pair named. The real command against the BlueZ stand-in, with a copy of the shipped knowledge base
 * (vignettes left out).
 */
@ExtendWith(BluezMockExtension.class)
class ConnectRecognitionTest {
    static final String CLASSIC = "88:C9:E8:E7:C6:FC";
    static final String LE = "44:55:66:77:88:99";

    @TempDir
    Path dir;
    Path kb;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeEach
    void knowledge() throws IOException {
        kb = dir.resolve("knowledge");
        copy(CliRun.shippedKnowledge(), kb);
    }

    @AfterEach
    void clear() {
        System.clearProperty(DbusBluezClient.BUS_PROPERTY);
    }

    int run(BluezMock mock, String... args) {
        System.setProperty(DbusBluezClient.BUS_PROPERTY, mock.address());
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @ParameterizedTest
    @CsvSource({"WF-1000XM4, Sony WF-1000XM4, sony-wf-1000xm4, left touch sensor",
            "WH-1000XM5, Sony WH-1000XM5, sony-wh-1000xm5, Bluetooth pairing"})
    void pairsAModelNamedByItsScanNameWithItsOwnPairingInstructions(String scanName, String model, String id,
                                                                     String instructionWord, BluezMock mock) {
        mock.addAdapter(true, true);
        mock.addDevice(LE, "LE_" + scanName);
        mock.addDevice(CLASSIC, scanName);

        int code = run(mock, "connect", "--device", scanName, "--timeout", "5", "--no-troubleshoot", "--kb", kb.toString());

        assertThat(code).as(out + "\n" + err).isZero();
        assertThat(out.toString()).contains(scanName + " is the " + model + " (" + id + ").")
                .contains("Put the " + model + " in pairing mode:").contains(instructionWord)
                .contains("Connected: " + scanName + " (" + CLASSIC + ")");
        assertThat(mock.calls(BluezMock.devicePath(CLASSIC), "Pair")).isEqualTo(1);
        assertThat(mock.calls(BluezMock.devicePath(LE), "Pair")).isZero();
    }

    @ParameterizedTest
    @CsvSource({"WF-1000XM4, Sony WF-1000XM4, sony-wf-1000xm4", "WH-1000XM5, Sony WH-1000XM5, sony-wh-1000xm5"})
    void refusesTheLeEntryByNameAndNamesTheEntryToPair(String scanName, String model, String id, BluezMock mock) {
        mock.addAdapter(true, true);
        mock.addDevice(LE, "LE_" + scanName);
        mock.addDevice(CLASSIC, scanName);

        int code = run(mock, "connect", "--device", "LE_" + scanName, "--assume-ready", "--timeout", "5",
                "--no-troubleshoot", "--kb", kb.toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("LE_" + scanName + " is the Bluetooth LE entry of the " + model)
                .contains("Pair " + scanName + " instead: pairdoctor connect --device " + id);
        assertThat(mock.calls(BluezMock.devicePath(LE), "Pair")).isZero();
        assertThat(mock.calls(BluezMock.devicePath(CLASSIC), "Pair")).isZero();
    }

    @ParameterizedTest
    @CsvSource({"WF-1000XM4", "WH-1000XM5"})
    void refusesTheLeEntryByAddress(String scanName, BluezMock mock) {
        mock.addAdapter(true, true);
        mock.addDevice(LE, "LE_" + scanName);

        int code = run(mock, "connect", "--device", LE, "--assume-ready", "--timeout", "5", "--no-troubleshoot",
                "--kb", kb.toString());

        assertThat(code).isEqualTo(1);
        assertThat(out.toString()).contains("Not connected. " + LE + " is LE_" + scanName)
                .contains("pairdoctor connect --device \"" + scanName + "\"");
        assertThat(mock.calls(BluezMock.devicePath(LE), "Pair")).isZero();
    }

    /** The knowledge base without its vignettes (connect does not run them). */
    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                String rel = from.relativize(p).toString();
                if (rel.equals("vignettes") || rel.startsWith("vignettes/")) {
                    continue;
                }
                Path target = to.resolve(rel);
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
