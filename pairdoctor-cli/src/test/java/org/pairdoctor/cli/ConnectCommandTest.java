package org.pairdoctor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.pairdoctor.core.model.StepKind;
import org.pairdoctor.bluez.dbus.BluezMock;
import org.pairdoctor.bluez.dbus.BluezMockExtension;
import org.pairdoctor.bluez.dbus.DbusBluezClient;
import org.pairdoctor.core.session.SessionRecord;
import org.pairdoctor.core.session.Turn;
import org.pairdoctor.store.Database;
import org.pairdoctor.store.JdbcSessionStore;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** `connect` and `status` through the real command against the BlueZ stand-in. */
@ExtendWith(BluezMockExtension.class)
class ConnectCommandTest {
    static final String ADDRESS = "04:5D:4B:AA:BB:CC";
    static final String DEV = BluezMock.devicePath(ADDRESS);

    @TempDir
    Path dir;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int run(BluezMock mock, String... args) {
        System.setProperty(DbusBluezClient.BUS_PROPERTY, mock == null ? "unix:path=" + dir.resolve("none") : mock.address());
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @AfterEach
    void clear() {
        System.clearProperty(DbusBluezClient.BUS_PROPERTY);
    }

    @Test
    void connectsAndPrintsTheTimeline(BluezMock mock) {
        mock.addAdapter(true, true);
        mock.addDevice(ADDRESS, "WH-1000XM2");

        int code = run(mock, "connect", "--assume-ready", "--timeout", "5", "--no-troubleshoot");

        assertThat(code).as(out + "\n" + err).isZero();
        assertThat(out.toString()).contains("Timeline:").contains("scan").contains("pair").contains("total (pairdoctor)")
                .contains("Connected: WH-1000XM2 (" + ADDRESS + ") with music (A2DP) and calls");
        assertThat(mock.calls(DEV, "Pair")).isEqualTo(1);
    }

    @Test
    void aMissingAudioServerIsDiagnosedAndHandedOverWithPreAnsweredQuestions(BluezMock mock) {
        mock.addAdapter(true, false);
        mock.addDevice(ADDRESS, "WH-1000XM2");
        mock.failing(DEV, "ConnectProfile", "s", "org.bluez.Error.Failed", "br-connection-profile-unavailable");

        int code = run(mock, "connect", "--assume-ready", "--timeout", "5", "--data", dir.resolve("data").toString());

        assertThat(code).isEqualTo(1);
        assertThat(out.toString()).contains("Not connected.").contains("Fix:").contains("pairdoctor diagnose --session");
        SessionRecord s;
        try (Database db = Database.openDirectory(dir.resolve("data"))) {
            s = new JdbcSessionStore(db).startedSince(Instant.EPOCH).get(0);
        }
        assertThat(s.problemId()).isEqualTo("linux-profile-unavailable");
        assertThat(s.channel()).isEqualTo("connector");
        assertThat(s.turns()).isNotEmpty().allSatisfy(t -> assertThat(t.kind()).isEqualTo(StepKind.QUESTION));
        assertThat(s.turns()).extracting(t -> t.stepId() + "=" + t.reply().code())
                .contains("a2dp-endpoint-registered=answer:missing");
    }

    @Test
    void statusListsAdaptersAndDevicesAsJson(BluezMock mock) throws Exception {
        mock.addAdapter(true, true);
        mock.addDevice(ADDRESS, "WH-1000XM2");
        mock.device1(DEV).Pair();
        mock.helpers().ConnectDevice("hci0", ADDRESS);

        int code = run(mock, "status", "--json");

        assertThat(code).as(err.toString()).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.at("/adapters/0/name").asText()).isEqualTo("hci0");
        assertThat(json.at("/adapters/0/powered").asBoolean()).isTrue();
        assertThat(json.at("/devices/0/address").asText()).isEqualTo(ADDRESS);
        assertThat(json.at("/devices/0/connected").asBoolean()).isTrue();
        assertThat(json.at("/devices/0/paired").asBoolean()).isTrue();
    }

    @Test
    void noBusIsAClearMessageAndExitOneWithoutAStackTrace() {
        int code = run(null, "status");
        int connect = run(null, "connect", "--assume-ready", "--no-troubleshoot");

        assertThat(code).isEqualTo(1);
        assertThat(connect).isEqualTo(1);
        assertThat(err.toString()).contains("no D-Bus system bus").doesNotContain("Exception");
        assertThat(out.toString()).contains("Cannot reach BlueZ over D-Bus.");
    }
}
