package org.pairdoctor.bluez.dbus;

import org.freedesktop.dbus.DBusPath;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.connections.impl.DBusConnectionBuilder;
import org.freedesktop.dbus.types.UInt32;
import org.freedesktop.dbus.types.Variant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.pairdoctor.bluez.AudioServer;
import org.pairdoctor.bluez.BluezError;
import org.pairdoctor.bluez.BluezException;
import org.pairdoctor.bluez.ConnectReport;
import org.pairdoctor.core.probe.ConnectRequest;
import org.pairdoctor.core.probe.Finding;
import org.pairdoctor.bluez.Connector;
import org.pairdoctor.bluez.ConnectorListener;
import org.pairdoctor.bluez.Diagnosis;
import org.pairdoctor.core.probe.Headset;
import org.pairdoctor.core.probe.Probe;
import org.pairdoctor.bluez.Profiles;
import org.pairdoctor.bluez.RfkillReader;
import org.pairdoctor.bluez.SysfsRfkill;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pairdoctor.bluez.dbus.BluezMock.HCI0;

/** The connector against python-dbusmock's bluez5 template on a private bus: real D-Bus, real errors. */
@ExtendWith(BluezMockExtension.class)
class ConnectorAgainstBluezMockTest {
    static final String ADDRESS = "04:5D:4B:AA:BB:CC";
    static final String DEV = BluezMock.devicePath(ADDRESS);
    static final Headset XM2 = new Headset("Sony WH-1000XM2", List.of("WH-1000XM2"), List.of("LE_WH-1000XM2"),
            List.of("Hold the POWER button for about 7 seconds."));

    DbusBluezClient client;
    RfkillReader rfkill = List::of;
    AudioServer audio = new AudioServer(AudioServer.Kind.PIPEWIRE, null, "sound server: PulseAudio (on PipeWire 1.0.5)");

    @AfterEach
    void close() {
        if (client != null) {
            client.close();
        }
    }

    ConnectReport connect(BluezMock mock, Duration timeout) {
        client = DbusBluezClient.open(mock.address());
        return new Connector(client, rfkill, () -> audio, ConnectorListener.silent())
                .connect(new ConnectRequest(Optional.empty(), Optional.empty(), true, timeout, XM2));
    }

    /** Adds the headset once discovery runs, {@code delayMillis} later: the template never "finds" devices itself. */
    static CompletableFuture<Long> appearAfterDiscoveryStarts(BluezMock mock, long delayMillis) {
        return CompletableFuture.supplyAsync(() -> {
            BluezMock.waitFor(Duration.ofSeconds(10), mock::discovering);
            long started = System.nanoTime();
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            mock.addDevice(ADDRESS, "WH-1000XM2");
            return started;
        });
    }

    @Test
    void pairsTrustsConnectsAndAsksForMusicAndCallProfiles(BluezMock mock) {
        mock.addAdapter(true, true);
        var appeared = appearAfterDiscoveryStarts(mock, 200);

        ConnectReport r = connect(mock, Duration.ofSeconds(10));
        appeared.join();

        assertThat(r.diagnosis()).isEmpty();
        assertThat(r.connected()).isTrue();
        assertThat(mock.callsOf(HCI0, "SetDiscoveryFilter")).singleElement()
                .satisfies(c -> assertThat(c.args.get(0).getValue().toString()).contains("Transport").contains("bredr"));
        assertThat(mock.calls(HCI0, "StopDiscovery")).isEqualTo(1);
        assertThat(mock.calls(DEV, "Pair")).isEqualTo(1);
        assertThat(mock.calls(DEV, "Connect")).isEqualTo(1);
        assertThat(mock.callsOf(DEV, "ConnectProfile")).extracting(c -> (Object) c.args.get(0).getValue())
                .containsExactly(Profiles.A2DP_SINK, Profiles.HFP_HANDS_FREE);
        assertThat(mock.properties(DEV, "org.bluez.Device1").get("Trusted").getValue()).isEqualTo(true);
        assertThat(mock.properties(DEV, "org.bluez.Device1").get("Paired").getValue()).isEqualTo(true);
    }

    @Test
    void stopsScanningAsSoonAsTheHeadsetAppears(BluezMock mock) {
        mock.addAdapter(true, true);
        var appeared = appearAfterDiscoveryStarts(mock, 1000);

        ConnectReport r = connect(mock, Duration.ofSeconds(20));
        appeared.join();

        assertThat(r.connected()).isTrue();
        var scan = r.timeline().stream().filter(p -> p.name().equals("scan")).findFirst().orElseThrow();
        assertThat(scan.took()).isBetween(Duration.ofMillis(1000), Duration.ofMillis(1000 + 200));
    }

    @Test
    void switchesOnAnAdapterThatIsOff(BluezMock mock) {
        mock.addAdapter(false, true);
        mock.addDevice(ADDRESS, "WH-1000XM2");

        ConnectReport r = connect(mock, Duration.ofSeconds(5));

        assertThat(r.connected()).isTrue();
        assertThat(r.readings()).containsEntry(Probe.ADAPTER_POWERED, "broken");
        assertThat(mock.properties(HCI0, "org.bluez.Adapter1").get("Powered").getValue()).isEqualTo(true);
    }

    @Test
    void anRfkillBlockFromSysfsStopsBeforeTouchingTheAdapter(BluezMock mock, @TempDir Path sys) throws IOException {
        mock.addAdapter(false, true);
        Path sw = Files.createDirectories(sys.resolve("class/rfkill/rfkill0"));
        Files.writeString(sw.resolve("type"), "bluetooth\n");
        Files.writeString(sw.resolve("name"), "hci0\n");
        Files.writeString(sw.resolve("soft"), "1\n");
        Files.writeString(sw.resolve("hard"), "0\n");
        rfkill = new SysfsRfkill(sys);

        ConnectReport r = connect(mock, Duration.ofSeconds(5));

        assertThat(r.diagnosis().orElseThrow().finding()).isEqualTo(Finding.RFKILL_BLOCKED);
        assertThat(mock.properties(HCI0, "org.bluez.Adapter1").get("Powered").getValue()).isEqualTo(false);
        assertThat(mock.calls(HCI0, "StartDiscovery")).isZero();
    }

    @Test
    void bluetoothdAbsentFromTheBusIsDiagnosed() throws IOException {
        try (PrivateBus empty = PrivateBus.start()) {
            client = DbusBluezClient.open(empty.address());
            ConnectReport r = new Connector(client, rfkill, () -> audio, ConnectorListener.silent())
                    .connect(new ConnectRequest(Optional.empty(), Optional.empty(), true, Duration.ofSeconds(1), XM2));

            assertThat(r.diagnosis().orElseThrow().finding()).isEqualTo(Finding.BLUETOOTHD_NOT_RUNNING);
            assertThatThrownBy(client::adapters).isInstanceOf(BluezException.class)
                    .extracting(e -> ((BluezException) e).error()).isEqualTo(BluezError.SERVICE_UNKNOWN);
            client.close();
            client = null;
        }
    }

    @Test
    void noBusAtAllIsItsOwnError(@TempDir Path dir) {
        assertThatThrownBy(() -> DbusBluezClient.open("unix:path=" + dir.resolve("nothing-here")))
                .isInstanceOf(BluezException.class).extracting(e -> ((BluezException) e).error())
                .isEqualTo(BluezError.NO_BUS);
    }

    @Test
    void aHeadsetThatNeverAppearsTimesOut(BluezMock mock) {
        mock.addAdapter(true, true);

        ConnectReport r = connect(mock, Duration.ofMillis(800));

        assertThat(r.diagnosis().orElseThrow().finding()).isEqualTo(Finding.DEVICE_NOT_FOUND);
        assertThat(mock.calls(HCI0, "StopDiscovery")).isEqualTo(1);
        assertThat(mock.discovering()).isFalse();
    }

    @Test
    void aRejectedPairingIsDiagnosed(BluezMock mock) {
        mock.addAdapter(true, true);
        mock.addDevice(ADDRESS, "WH-1000XM2");
        mock.failing(DEV, "Pair", "", "org.bluez.Error.AuthenticationRejected", "Authentication Rejected");

        ConnectReport r = connect(mock, Duration.ofSeconds(5));

        assertThat(r.diagnosis().orElseThrow().finding()).isEqualTo(Finding.PAIRING_REJECTED);
        assertThat(mock.calls(DEV, "Connect")).isZero();
    }

    @Test
    void aPageTimeoutIsDiagnosed(BluezMock mock) {
        mock.addAdapter(true, true);
        mock.addDevice(ADDRESS, "WH-1000XM2");
        mock.failing(DEV, "Pair", "", "org.bluez.Error.Failed", "br-connection-page-timeout");

        ConnectReport r = connect(mock, Duration.ofSeconds(5));

        assertThat(r.diagnosis().orElseThrow().finding()).isEqualTo(Finding.PAGE_TIMEOUT);
        assertThat(r.readings()).containsEntry(Probe.PAIRING, "page-timeout");
    }

    @Test
    void aStaleKeyRemovesTheBondAndPairsAgain(BluezMock mock) {
        mock.addAdapter(true, true);
        mock.addDevice(ADDRESS, "WH-1000XM2");
        mock.device1(DEV).Pair();
        mock.failing(DEV, "Connect", "", "org.bluez.Error.Failed", "br-connection-key-missing");
        // After RemoveDevice the headset (now in pairing mode) is found again by the next scan.
        var reappeared = CompletableFuture.runAsync(() -> {
            BluezMock.waitFor(Duration.ofSeconds(10), () -> !mock.exists(DEV));
            BluezMock.waitFor(Duration.ofSeconds(10), mock::discovering);
            mock.addDevice(ADDRESS, "WH-1000XM2");
        });

        ConnectReport r = connect(mock, Duration.ofSeconds(10));
        reappeared.join();

        assertThat(r.diagnosis()).isEmpty();
        assertThat(r.connected()).isTrue();
        assertThat(mock.callsOf(HCI0, "RemoveDevice")).singleElement()
                .satisfies(c -> assertThat(((DBusPath) c.args.get(0).getValue()).getPath()).isEqualTo(DEV));
        assertThat(mock.calls(DEV, "Pair")).isEqualTo(1);
        assertThat(mock.calls(DEV, "Connect")).isEqualTo(1);
    }

    @Test
    void profileUnavailableAsFailedWithReasonIsTheMissingAudioServer(BluezMock mock) {
        mock.addAdapter(true, false);
        mock.addDevice(ADDRESS, "WH-1000XM2");
        mock.failing(DEV, "ConnectProfile", "s", "org.bluez.Error.Failed", "br-connection-profile-unavailable");

        ConnectReport r = connect(mock, Duration.ofSeconds(5));

        Diagnosis d = r.diagnosis().orElseThrow();
        assertThat(d.finding()).isEqualTo(Finding.AUDIO_SERVER_MISSING);
        assertThat(d.fix()).contains("libspa-0.2-bluetooth");
        assertThat(r.readings()).containsEntry(Probe.PROFILE_CONNECTED, "headset-or-none");
    }

    @Test
    void profileUnavailableAsTheBredrErrorIsTheMissingAudioServer(BluezMock mock) {
        mock.addAdapter(true, false);
        mock.addDevice(ADDRESS, "WH-1000XM2");
        mock.failing(DEV, "Connect", "", "org.bluez.Error.BREDR.ProfileUnavailable",
                "Exhausted the list of BR/EDR profiles to connect to");

        ConnectReport r = connect(mock, Duration.ofSeconds(5));

        assertThat(r.diagnosis().orElseThrow().finding()).isEqualTo(Finding.AUDIO_SERVER_MISSING);
        assertThat(r.readings()).containsEntry(Probe.CONNECTION, "profile-unavailable")
                .containsEntry(Probe.A2DP_SOURCE_REGISTERED, "missing");
    }

    @Test
    void bluezErrorNamesArriveAsTypedExceptions(BluezMock mock) {
        mock.addAdapter(true, true);
        mock.addDevice(ADDRESS, "WH-1000XM2");
        mock.failing(DEV, "Connect", "", "org.bluez.Error.BREDR.ProfileUnavailable", "no profile");
        mock.failing(DEV, "Pair", "", "org.bluez.Error.AuthenticationFailed", "Authentication Failed");
        client = DbusBluezClient.open(mock.address());
        Device1 raw = mock.device1(DEV);

        assertThatThrownBy(raw::Connect).isInstanceOf(org.bluez.Error.BREDR.ProfileUnavailable.class);
        assertThatThrownBy(raw::Pair).isInstanceOf(org.bluez.Error.AuthenticationFailed.class);
        assertThatThrownBy(() -> client.connect(DEV)).isInstanceOf(BluezException.class)
                .satisfies(e -> assertThat(((BluezException) e).profileUnavailable()).isTrue());
    }

    @Test
    void anAlreadyConnectedHeadsetIsReportedWithItsBattery(BluezMock mock) {
        mock.addAdapter(true, true);
        mock.addDevice(ADDRESS, "WH-1000XM2");
        mock.device1(DEV).Pair();
        mock.helpers().ConnectDevice("hci0", ADDRESS);
        mock.mock(DEV).AddProperties("org.bluez.Battery1", Map.of("Percentage", new Variant<>((byte) 80)));

        ConnectReport r = connect(mock, Duration.ofSeconds(5));

        assertThat(r.connected()).isTrue();
        assertThat(r.alreadyConnected()).isTrue();
        assertThat(r.battery()).hasValue(80);
        assertThat(mock.calls(DEV, "Pair")).isEqualTo(1);
        assertThat(mock.calls(DEV, "Connect")).isZero();
        assertThat(mock.calls(HCI0, "StartDiscovery")).isZero();
    }

    @Test
    void theExportedAgentAcceptsTheTargetAndRejectsOthers(BluezMock mock) throws Exception {
        mock.addAdapter(true, true);
        client = DbusBluezClient.open(mock.address());
        try (var registration = client.registerAgent(DEV::equals);
             DBusConnection bluetoothd = DBusConnectionBuilder.forAddress(mock.address()).withShared(false).build()) {
            Agent1 agent = bluetoothd.getRemoteObject(client.uniqueName(), "/org/pairdoctor/agent", Agent1.class);

            agent.RequestConfirmation(new DBusPath(DEV), new UInt32(123456));
            agent.AuthorizeService(new DBusPath(DEV), Profiles.A2DP_SINK);
            assertThatThrownBy(() -> agent.RequestConfirmation(new DBusPath(HCI0 + "/dev_11_22_33_44_55_66"), new UInt32(1)))
                    .isInstanceOf(org.bluez.Error.Rejected.class);
            assertThat(mock.callsOf("/org/bluez", "RegisterAgent")).singleElement()
                    .satisfies(c -> assertThat(c.args.get(1).getValue()).isEqualTo("NoInputNoOutput"));
        }
        assertThat(mock.calls("/org/bluez", "UnregisterAgent")).isEqualTo(1);
    }
}
