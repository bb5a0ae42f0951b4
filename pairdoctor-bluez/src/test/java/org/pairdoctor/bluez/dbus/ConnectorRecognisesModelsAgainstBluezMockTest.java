package org.pairdoctor.bluez.dbus;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pairdoctor.bluez.AudioServer;
import org.pairdoctor.bluez.ConnectReport;
import org.pairdoctor.bluez.Connector;
import org.pairdoctor.bluez.ConnectorListener;
import org.pairdoctor.bluez.Diagnosis;
import org.pairdoctor.core.probe.ConnectRequest;
import org.pairdoctor.core.probe.Finding;
import org.pairdoctor.core.probe.Headset;
import org.pairdoctor.core.probe.Probe;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sony's newer headsets show two entries in a scan: the classic one that plays audio (WF-1000XM4) and a
 * Bluetooth LE one (LE_WF-1000XM4) that is visible all the time. Against python-dbusmock's bluez5
 * template: the connector pairs the classic entry of an earbud and an over-ear model while the LE entry
 * is listed first, and refuses the LE entry when it is asked for by address.
 */
@ExtendWith(BluezMockExtension.class)
class ConnectorRecognisesModelsAgainstBluezMockTest {
    static final String CLASSIC = "88:C9:E8:E7:C6:FC";
    static final String LE = "44:55:66:77:88:99";

    static final Headset WF_1000XM4 = new Headset("Sony WF-1000XM4", List.of("WF-1000XM4"), List.of("LE_WF-1000XM4"),
            List.of("Take both earbuds out of the case and put them in your ears.",
                    "Hold your fingers on both touch sensors at once for about 5 seconds."));
    static final Headset WH_1000XM5 = new Headset("Sony WH-1000XM5", List.of("WH-1000XM5"), List.of("LE_WH-1000XM5"),
            List.of("Turn the headset off.", "Press and hold the power button for about 5 seconds."));

    DbusBluezClient client;

    static Stream<Headset> models() {
        return Stream.of(WF_1000XM4, WH_1000XM5);
    }

    @AfterEach
    void close() {
        if (client != null) {
            client.close();
        }
    }

    ConnectReport connect(BluezMock mock, Headset headset, Optional<String> device) {
        client = DbusBluezClient.open(mock.address());
        AudioServer audio = new AudioServer(AudioServer.Kind.PIPEWIRE, null, "sound server: PulseAudio (on PipeWire 1.0.5)");
        return new Connector(client, List::of, () -> audio, ConnectorListener.silent())
                .connect(new ConnectRequest(device, Optional.empty(), true, Duration.ofSeconds(10), headset));
    }

    @ParameterizedTest
    @MethodSource("models")
    void pairsTheClassicEntryWhileTheLeEntryIsListed(Headset headset, BluezMock mock) {
        mock.addAdapter(true, true);
        mock.addDevice(LE, headset.leNames().get(0));
        var classicAppears = CompletableFuture.runAsync(() -> {
            BluezMock.waitFor(Duration.ofSeconds(10), mock::discovering);
            mock.addDevice(CLASSIC, headset.classicNames().get(0));
        });

        ConnectReport r = connect(mock, headset, Optional.empty());
        classicAppears.join();

        assertThat(r.diagnosis()).isEmpty();
        assertThat(r.connected()).isTrue();
        assertThat(r.device().orElseThrow().address()).isEqualTo(CLASSIC);
        assertThat(mock.calls(BluezMock.devicePath(CLASSIC), "Pair")).isEqualTo(1);
        assertThat(mock.calls(BluezMock.devicePath(LE), "Pair")).isZero();
        assertThat(mock.calls(BluezMock.devicePath(LE), "Connect")).isZero();
    }

    @ParameterizedTest
    @MethodSource("models")
    void refusesTheLeEntryAskedForByAddressAndNamesTheOneToPair(Headset headset, BluezMock mock) {
        mock.addAdapter(true, true);
        mock.addDevice(LE, headset.leNames().get(0));

        ConnectReport r = connect(mock, Headset.named(LE), Optional.of(LE));

        assertThat(r.connected()).isFalse();
        Diagnosis d = r.diagnosis().orElseThrow();
        assertThat(d.finding()).isEqualTo(Finding.ONLY_LE_ENTRY_FOUND);
        assertThat(d.what()).contains(headset.leNames().get(0)).contains("does not pair it");
        assertThat(d.fix()).contains("--device \"" + headset.classicNames().get(0) + "\"");
        assertThat(r.readings()).containsEntry(Probe.DEVICE_SEEN_IN_SCAN, "only-le");
        assertThat(mock.calls(BluezMock.devicePath(LE), "Pair")).isZero();
        assertThat(mock.calls(BluezMock.devicePath(LE), "Connect")).isZero();
    }

    @ParameterizedTest
    @MethodSource("models")
    void seeingOnlyTheLeEntryIsDiagnosedAsNotInPairingMode(Headset headset, BluezMock mock) {
        mock.addAdapter(true, true);
        mock.addDevice(LE, headset.leNames().get(0));
        client = DbusBluezClient.open(mock.address());
        AudioServer audio = new AudioServer(AudioServer.Kind.PIPEWIRE, null, "sound server: PipeWire");

        ConnectReport r = new Connector(client, List::of, () -> audio, ConnectorListener.silent())
                .connect(new ConnectRequest(Optional.empty(), Optional.empty(), true, Duration.ofMillis(600), headset));

        assertThat(r.diagnosis().orElseThrow().finding()).isEqualTo(Finding.ONLY_LE_ENTRY_FOUND);
        assertThat(r.diagnosis().orElseThrow().fix()).contains(headset.pairingInstructions().get(1));
        assertThat(mock.calls(BluezMock.devicePath(LE), "Pair")).isZero();
    }
}
