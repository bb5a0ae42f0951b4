package org.pairdoctor.bluez;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pairdoctor.core.probe.ConnectRequest;
import org.pairdoctor.core.probe.Finding;
import org.pairdoctor.core.probe.Headset;
import org.pairdoctor.core.probe.Probe;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pairdoctor.bluez.FakeBluez.HCI0;
import static org.pairdoctor.bluez.FakeBluez.XM2;

class ConnectorTest {
    static final Headset XM2_HEADSET = new Headset("Sony WH-1000XM2", List.of("WH-1000XM2"), List.of("LE_WH-1000XM2"),
            List.of("Hold the POWER button for about 7 seconds."));

    final FakeBluez bluez = new FakeBluez();
    final List<RfkillSwitch> switches = new ArrayList<>();
    AudioServer audioServer = new AudioServer(AudioServer.Kind.PULSEAUDIO, false, "sound server: pulseaudio");
    final List<String> shown = new ArrayList<>();

    @AfterEach
    void close() {
        bluez.close();
    }

    ConnectReport run(boolean assumeReady, Duration timeout) {
        ConnectorListener listener = new ConnectorListener() {
            public void phaseStarted(String name) {
            }

            public void phaseDone(Phase phase) {
                shown.add("phase " + phase.name());
            }

            public void note(String text) {
                shown.add("note " + text);
            }

            public void awaitPairingMode(Headset headset) {
                shown.add("pairing mode: " + String.join(" ", headset.pairingInstructions()));
            }

            public void scanStarted(Duration t) {
            }

            public void scanProgress(Duration elapsed) {
            }

            public void scanEnded(boolean found) {
            }
        };
        return new Connector(bluez, () -> switches, () -> audioServer, listener)
                .connect(new ConnectRequest(Optional.empty(), Optional.empty(), assumeReady, timeout, XM2_HEADSET));
    }

    ConnectReport run() {
        return run(true, Duration.ofSeconds(5));
    }

    @Test
    void pairsTrustsConnectsAndVerifiesMusicAndCalls() {
        bluez.withAudioAdapter().appearsAfter(50, FakeBluez.xm2());

        ConnectReport r = run();

        assertThat(r.connected()).isTrue();
        assertThat(r.callProfile()).isTrue();
        assertThat(r.diagnosis()).isEmpty();
        assertThat(bluez.calls).containsSubsequence("registerAgent /org/pairdoctor/agent",
                "startClassicDiscovery " + HCI0, "stopDiscovery " + HCI0, "pair " + XM2, "setTrusted " + XM2,
                "connect " + XM2, "connectProfile " + XM2 + " " + Profiles.A2DP_SINK,
                "connectProfile " + XM2 + " " + Profiles.HFP_HANDS_FREE, "unregisterAgent /org/pairdoctor/agent");
        assertThat(r.timeline()).extracting(Phase::name)
                .containsSubsequence("bluetoothd", "adapter", "rfkill", "power", "agent", "scan", "pair", "trust",
                        "connect", "profiles");
        assertThat(r.readings()).containsEntry(Probe.DEVICE_SEEN_IN_SCAN, "appears").containsEntry(Probe.PAIRING, "ok")
                .containsEntry(Probe.PROFILE_CONNECTED, "a2dp-active").containsEntry(Probe.DEVICE_PAIRED, "not-listed");
    }

    @Test
    void stopsScanningAsSoonAsTheHeadsetAppears() {
        bluez.withAudioAdapter().appearsAfter(300, FakeBluez.xm2());

        ConnectReport r = run(true, Duration.ofSeconds(30));

        assertThat(r.connected()).isTrue();
        long scanMillis = (bluez.discoveryStoppedNanos - bluez.discoveryStartedNanos) / 1_000_000;
        assertThat(scanMillis).isBetween(300L, 300L + 120L);
    }

    @Test
    void asksForPairingModeWithTheHeadsetsOwnInstructionsUnlessAssumedReady() {
        bluez.withAudioAdapter().appearsAfter(10, FakeBluez.xm2());

        ConnectReport r = run(false, Duration.ofSeconds(5));

        assertThat(shown).contains("pairing mode: Hold the POWER button for about 7 seconds.");
        assertThat(r.timeline()).filteredOn(Phase::waitingForUser).extracting(Phase::name).containsExactly("pairing mode");
    }

    @Test
    void switchesOnAPoweredOffAdapter() {
        bluez.withAdapter(false, Profiles.A2DP_SOURCE).appearsAfter(10, FakeBluez.xm2());

        ConnectReport r = run();

        assertThat(r.connected()).isTrue();
        assertThat(bluez.calls).contains("setPowered " + HCI0);
        assertThat(r.readings()).containsEntry(Probe.ADAPTER_POWERED, "broken");
        assertThat(r.notes()).anyMatch(n -> n.contains("was off"));
    }

    @Test
    void aSoftRfkillBlockIsDiagnosedWithTheUnblockCommand() {
        bluez.withAdapter(false);
        switches.add(new RfkillSwitch("rfkill0", "hci0", "bluetooth", true, false));

        ConnectReport r = run();

        assertThat(r.connected()).isFalse();
        Diagnosis d = r.diagnosis().orElseThrow();
        assertThat(d.finding()).isEqualTo(Finding.RFKILL_BLOCKED);
        assertThat(d.fix()).contains("rfkill unblock bluetooth");
        assertThat(bluez.methods()).doesNotContain("setPowered");
        assertThat(r.readings()).containsEntry(Probe.RFKILL, "soft-blocked");
    }

    @Test
    void aHardRfkillBlockPointsAtTheSwitch() {
        bluez.withAdapter(false);
        switches.add(new RfkillSwitch("rfkill0", "hci0", "bluetooth", false, true));

        Diagnosis d = run().diagnosis().orElseThrow();

        assertThat(d.finding()).isEqualTo(Finding.RFKILL_BLOCKED);
        assertThat(d.fix()).contains("airplane-mode key");
    }

    @Test
    void aBlockedErrorWhilePoweringOnIsAnRfkillDiagnosis() {
        bluez.withAdapter(false).failing("setPowered", BluezException.of(BluezError.BLOCKED, "Blocked through rfkill"));

        Diagnosis d = run().diagnosis().orElseThrow();

        assertThat(d.finding()).isEqualTo(Finding.RFKILL_BLOCKED);
    }

    @Test
    void bluetoothdNotRunningSaysHowToStartIt() {
        bluez.running = false;

        ConnectReport r = run();

        Diagnosis d = r.diagnosis().orElseThrow();
        assertThat(d.finding()).isEqualTo(Finding.BLUETOOTHD_NOT_RUNNING);
        assertThat(d.fix()).contains("systemctl");
        assertThat(r.readings()).containsEntry(Probe.BLUETOOTH_SERVICE, "not-running");
    }

    @Test
    void noAdapterIsDiagnosed() {
        Diagnosis d = run().diagnosis().orElseThrow();

        assertThat(d.finding()).isEqualTo(Finding.NO_ADAPTER);
    }

    @Test
    void anUnknownAdapterNameListsTheAdaptersThereAre() {
        bluez.withAudioAdapter();

        ConnectReport r = new Connector(bluez, List::of, () -> audioServer, ConnectorListener.silent())
                .connect(new ConnectRequest(Optional.empty(), Optional.of("hci7"), true, Duration.ofSeconds(1), XM2_HEADSET));

        Diagnosis d = r.diagnosis().orElseThrow();
        assertThat(d.finding()).isEqualTo(Finding.ADAPTER_NOT_FOUND);
        assertThat(d.why()).contains("hci0");
    }

    @Test
    void aHeadsetThatNeverAppearsTimesOutWithThePairingModeFix() {
        bluez.withAudioAdapter();

        long start = System.nanoTime();
        ConnectReport r = run(true, Duration.ofMillis(400));
        long took = (System.nanoTime() - start) / 1_000_000;

        Diagnosis d = r.diagnosis().orElseThrow();
        assertThat(d.finding()).isEqualTo(Finding.DEVICE_NOT_FOUND);
        assertThat(d.fix()).contains("Hold the POWER button");
        assertThat(d.problems()).contains("headset-not-in-scan-list");
        assertThat(took).isBetween(400L, 2000L);
        assertThat(bluez.methods()).contains("stopDiscovery").doesNotContain("pair");
        assertThat(r.readings()).containsEntry(Probe.DEVICE_SEEN_IN_SCAN, "neither");
    }

    @Test
    void theLeEntryIsNeverPairedAndSeeingOnlyItIsItsOwnDiagnosis() {
        bluez.withAudioAdapter().appearsAfter(10, FakeBluez.device(HCI0 + "/dev_04_5D_4B_AA_BB_CD",
                "04:5D:4B:AA:BB:CD", "LE_WH-1000XM2"));

        ConnectReport r = run(true, Duration.ofMillis(300));

        assertThat(r.diagnosis().orElseThrow().finding()).isEqualTo(Finding.ONLY_LE_ENTRY_FOUND);
        assertThat(bluez.methods()).doesNotContain("pair");
        assertThat(r.readings()).containsEntry(Probe.DEVICE_SEEN_IN_SCAN, "only-le");
    }

    @Test
    void findsTheHeadsetByAddressToo() {
        bluez.withAudioAdapter().appearsAfter(10, FakeBluez.device(XM2, FakeBluez.XM2_ADDRESS, "Some other name"));

        ConnectReport r = new Connector(bluez, List::of, () -> audioServer, ConnectorListener.silent())
                .connect(new ConnectRequest(Optional.of("04:5d:4b:aa:bb:cc"), Optional.empty(), true,
                        Duration.ofSeconds(2), XM2_HEADSET));

        assertThat(r.connected()).isTrue();
    }

    @Test
    void aRejectedPairingIsDiagnosed() {
        bluez.withAudioAdapter().appearsAfter(10, FakeBluez.xm2())
                .failing("pair", BluezException.of(BluezError.AUTHENTICATION_REJECTED, "Authentication Rejected"));

        ConnectReport r = run();

        Diagnosis d = r.diagnosis().orElseThrow();
        assertThat(d.finding()).isEqualTo(Finding.PAIRING_REJECTED);
        assertThat(d.problems()).containsExactly("pairing-fails");
        assertThat(bluez.methods()).doesNotContain("connect");
        assertThat(r.readings()).containsEntry(Probe.PAIRING, "rejected");
    }

    @Test
    void aPageTimeoutMeansTheHeadsetIsOffOrOutOfRange() {
        bluez.withAudioAdapter().appearsAfter(10, FakeBluez.xm2())
                .failing("pair", BluezException.of(BluezError.FAILED, "br-connection-page-timeout"));

        Diagnosis d = run().diagnosis().orElseThrow();

        assertThat(d.finding()).isEqualTo(Finding.PAGE_TIMEOUT);
        assertThat(d.why()).contains("off, out of range");
    }

    @Test
    void aConnectionAttemptFailedIsAPageTimeoutToo() {
        bluez.withAudioAdapter().appearsAfter(10, FakeBluez.xm2())
                .failing("pair", BluezException.of(BluezError.CONNECTION_ATTEMPT_FAILED, "Page Timeout"));

        assertThat(run().diagnosis().orElseThrow().finding()).isEqualTo(Finding.PAGE_TIMEOUT);
    }

    @Test
    void aStaleKeyOnAPairedHeadsetRemovesTheBondAndPairsAgainOnce() {
        bluez.withAudioAdapter().withDevice(FakeBluez.pairedXm2(false)).appearsAfter(20, FakeBluez.xm2())
                .failing("connect", BluezException.of(BluezError.FAILED, "br-connection-key-missing"));

        ConnectReport r = run();

        assertThat(r.connected()).isTrue();
        assertThat(bluez.methods()).containsSubsequence("connect", "removeDevice", "startClassicDiscovery", "pair",
                "connect");
        assertThat(r.notes()).anyMatch(n -> n.contains("stale pairing"));
    }

    @Test
    void aStaleKeyWhilePairingIsRetriedOnce() {
        bluez.withAudioAdapter().appearsAfter(20, FakeBluez.xm2())
                .failing("pair", BluezException.of(BluezError.AUTHENTICATION_FAILED, "Authentication Failed"));

        ConnectReport r = run();

        assertThat(r.connected()).isTrue();
        assertThat(bluez.methods()).containsSubsequence("pair", "removeDevice", "startClassicDiscovery", "pair");
    }

    @Test
    void aStaleKeyTwiceEndsWithResettingTheHeadset() {
        bluez.withAudioAdapter().appearsAfter(20, FakeBluez.xm2())
                .failing("pair", BluezException.of(BluezError.AUTHENTICATION_FAILED, "Authentication Failed"))
                .failing("pair", BluezException.of(BluezError.AUTHENTICATION_FAILED, "Authentication Failed"));

        ConnectReport r = run();

        assertThat(r.diagnosis().orElseThrow().finding()).isEqualTo(Finding.STALE_KEY);
        assertThat(bluez.methods().stream().filter("removeDevice"::equals)).hasSize(1);
    }

    @Test
    void profileUnavailableAsFailedReasonIsTheMissingAudioServer() {
        bluez.withAdapter(true).appearsAfter(10, FakeBluez.xm2())
                .failing("connectProfile", BluezException.of(BluezError.FAILED, "br-connection-profile-unavailable"));

        ConnectReport r = run();

        Diagnosis d = r.diagnosis().orElseThrow();
        assertThat(r.connected()).isFalse();
        assertThat(d.finding()).isEqualTo(Finding.AUDIO_SERVER_MISSING);
        assertThat(d.fix()).contains("pulseaudio-module-bluetooth");
        assertThat(d.problems()).containsExactly("linux-profile-unavailable");
        assertThat(r.readings()).containsEntry(Probe.PROFILE_CONNECTED, "headset-or-none").containsEntry(Probe.A2DP_SOURCE_REGISTERED, "missing")
                .containsEntry(Probe.AUDIO_SERVER, "pulseaudio");
    }

    @Test
    void profileUnavailableAsBredrErrorOnConnectIsTheMissingAudioServer() {
        audioServer = new AudioServer(AudioServer.Kind.NONE, null, "neither pactl nor wpctl reached a sound server");
        bluez.withAdapter(true).appearsAfter(10, FakeBluez.xm2())
                .failing("connect", BluezException.of(BluezError.PROFILE_UNAVAILABLE, "Exhausted the list of BR/EDR profiles to connect to"));

        ConnectReport r = run();

        Diagnosis d = r.diagnosis().orElseThrow();
        assertThat(d.finding()).isEqualTo(Finding.AUDIO_SERVER_MISSING);
        assertThat(d.fix()).contains("pipewire-pulse wireplumber");
        assertThat(r.readings()).containsEntry(Probe.CONNECTION, "profile-unavailable");
    }

    @Test
    void anAdapterWithoutTheA2dpSourceUuidIsNotedBeforePairing() {
        bluez.withAdapter(true).appearsAfter(10, FakeBluez.xm2());

        ConnectReport r = run();

        assertThat(r.readings()).containsEntry(Probe.A2DP_SOURCE_REGISTERED, "missing");
        assertThat(r.notes()).anyMatch(n -> n.contains("0000110a"));
    }

    @Test
    void anAlreadyConnectedHeadsetIsReportedWithoutPairingAgain() {
        bluez.withAudioAdapter().withDevice(FakeBluez.pairedXm2(true));

        ConnectReport r = run(false, Duration.ofSeconds(5));

        assertThat(r.connected()).isTrue();
        assertThat(r.alreadyConnected()).isTrue();
        assertThat(r.battery()).hasValue(70);
        assertThat(bluez.methods()).doesNotContain("pair", "connect", "startClassicDiscovery");
        assertThat(shown).noneMatch(s -> s.startsWith("pairing mode"));
    }

    @Test
    void aPairedButDisconnectedHeadsetIsConnectedWithoutScanning() {
        bluez.withAudioAdapter().withDevice(FakeBluez.pairedXm2(false));

        ConnectReport r = run(false, Duration.ofSeconds(5));

        assertThat(r.connected()).isTrue();
        assertThat(bluez.methods()).contains("connect").doesNotContain("pair", "startClassicDiscovery");
    }

    @Test
    void aFailedCallProfileStillLeavesMusicConnected() {
        bluez.withAudioAdapter().appearsAfter(10, FakeBluez.xm2())
                .failing("connectProfile", BluezException.of(BluezError.ALREADY_CONNECTED, "Already Connected"))
                .failing("connectProfile", BluezException.of(BluezError.FAILED, "br-connection-refused"))
                .failing("connectProfile", BluezException.of(BluezError.FAILED, "br-connection-refused"));

        ConnectReport r = run();

        assertThat(r.connected()).isTrue();
        assertThat(r.callProfile()).isFalse();
        assertThat(r.notes()).anyMatch(n -> n.contains("call profile"));
    }

    @Test
    void theAgentAcceptsOnlyTheHeadsetBeingConnected() {
        bluez.withAudioAdapter().appearsAfter(10, FakeBluez.xm2());

        run();

        assertThat(bluez.agent.test(XM2)).isTrue();
        assertThat(bluez.agent.test(HCI0 + "/dev_11_22_33_44_55_66")).isFalse();
    }
}
