package org.pairdoctor.bluez;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;

/**
 * Gets a headset connected through BlueZ, step by step, and says why when it cannot: bluetoothd
 * on the bus, an adapter, not rfkill-blocked, powered; a pairing agent; the headset in pairing
 * mode; a BR/EDR scan that stops as soon as the headset appears; pair (a stale bond is removed and
 * pairing retried once), trust, connect, and the music and call profiles. Every failure ends in a
 * {@link Diagnosis}, never an exception. Waiting is event-driven (BlueZ signals) with a 50 ms poll
 * as a safety net, so the connector adds little to BlueZ's own time. One instance per run; not
 * thread-safe.
 */
public final class Connector {
    /** Longest wait between two looks at BlueZ's objects while waiting for something. */
    static final long POLL_MILLIS = 50;
    private static final Duration POWER_TIMEOUT = Duration.ofSeconds(3);

    private final BluezClient client;
    private final RfkillReader rfkill;
    private final AudioServerCheck audio;
    private final ConnectorListener listener;
    private final LongSupplier nanoTime;

    private final List<Phase> timeline = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final Map<String, String> probes = new LinkedHashMap<>();
    private final AtomicReference<String> target = new AtomicReference<>();
    private final Semaphore changes = new Semaphore(0);
    private String phase;
    private long phaseStart;
    private boolean staleRetried;

    public Connector(BluezClient client, RfkillReader rfkill, AudioServerCheck audio, ConnectorListener listener,
                     LongSupplier nanoTime) {
        this.client = client;
        this.rfkill = rfkill;
        this.audio = audio;
        this.listener = listener;
        this.nanoTime = nanoTime;
    }

    public Connector(BluezClient client, RfkillReader rfkill, AudioServerCheck audio, ConnectorListener listener) {
        this(client, rfkill, audio, listener, System::nanoTime);
    }

    /** Runs the whole flow once. */
    public ConnectReport connect(ConnectRequest request) {
        BluezClient.Registration watch = null;
        BluezClient.Registration agent = null;
        try {
            begin("bluetoothd");
            if (!client.serviceRunning()) {
                probes.put(Probes.BLUETOOTH_SERVICE, "not-running");
                throw stop(new Diagnosis(Diagnosis.Finding.BLUETOOTHD_NOT_RUNNING,
                        "The Bluetooth service (bluetoothd) is not running.",
                        "Nothing owns the name org.bluez on the D-Bus system bus, so no program can use Bluetooth.",
                        "Start it: sudo systemctl enable --now bluetooth (install the bluez package if it is missing).",
                        List.of("headset-not-in-scan-list")));
            }
            probes.put(Probes.BLUETOOTH_SERVICE, "running");
            watch = client.onChange(changes::release);
            end("running");

            BluetoothAdapter adapter = chooseAdapter(request);
            checkRfkill(adapter);
            adapter = powerOn(adapter);
            probes.put(Probes.A2DP_SOURCE_REGISTERED, adapter.hasA2dpEndpoint() ? "listed" : "missing");
            if (!adapter.hasA2dpEndpoint()) {
                note("No audio server has registered an A2DP endpoint with BlueZ yet (the adapter lacks the "
                        + "A2DP source UUID 0000110a); music may fail after pairing.");
            }

            begin("agent");
            try {
                agent = client.registerAgent(path -> target.get() == null || target.get().equals(path));
                end("NoInputNoOutput agent registered");
            } catch (BluezException e) {
                // Another agent (the desktop's) can do just-works pairing as well; carry on.
                end("not registered (" + e.getMessage() + "); using the desktop's agent");
            }

            return pairAndConnect(request, adapter);
        } catch (Stop s) {
            return report(false, false, false, s.device, s.diagnosis);
        } catch (BluezException e) {
            Diagnosis d = unexpected(e);
            return report(false, false, false, null, d);
        } finally {
            if (agent != null) {
                agent.close();
            }
            if (watch != null) {
                watch.close();
            }
        }
    }

    private ConnectReport pairAndConnect(ConnectRequest request, BluetoothAdapter adapter) {
        Optional<BluetoothDevice> known = find(request, adapter, null);
        known.ifPresent(d -> target.set(d.path()));
        probes.put(Probes.DEVICE_PAIRED, known.filter(BluetoothDevice::paired).isPresent() ? "listed" : "not-listed");
        known.ifPresent(d -> probes.put(Probes.DEVICE_TRUSTED, d.trusted() ? "yes" : "no"));
        if (known.isPresent() && known.get().paired() && known.get().connected()) {
            BluetoothDevice d = known.get();
            probes.put(Probes.DEVICE_SEEN_IN_SCAN, "appears");
            probes.put(Probes.CONNECTION, "ok");
            note(d.displayName() + " (" + d.address() + ") is already paired and connected.");
            if (!d.trusted()) {
                trust(d);
            }
            return verifyProfiles(d, true);
        }
        BluetoothDevice device;
        if (known.isPresent() && known.get().paired()) {
            device = known.get();
            probes.put(Probes.DEVICE_SEEN_IN_SCAN, "appears");
        } else {
            device = scanAndPair(request, adapter);
        }
        trustIfNeeded(device);
        try {
            connectDevice(device);
        } catch (StaleBond s) {
            retryAfterStaleBond(adapter, device);
            device = scanAndPair(request, adapter);
            trustIfNeeded(device);
            try {
                connectDevice(device);
            } catch (StaleBond again) {
                throw stop(staleKeyDiagnosis(), device);
            }
        }
        return verifyProfiles(device, false);
    }

    private BluetoothDevice scanAndPair(ConnectRequest request, BluetoothAdapter adapter) {
        if (!request.assumeReady()) {
            long start = nanoTime.getAsLong();
            listener.awaitPairingMode(request.headset());
            Phase p = new Phase("pairing mode", Duration.ofNanos(nanoTime.getAsLong() - start),
                    "you put the headset in pairing mode", true);
            timeline.add(p);
            listener.phaseDone(p);
        }
        BluetoothDevice device = scan(request, adapter);
        target.set(device.path());
        try {
            pair(device);
        } catch (StaleBond s) {
            retryAfterStaleBond(adapter, device);
            device = scan(request, adapter);
            target.set(device.path());
            try {
                pair(device);
            } catch (StaleBond again) {
                throw stop(staleKeyDiagnosis(), device);
            }
        }
        return device;
    }

    /** A stale bond is removed and pairing retried once; a second stale-key error ends the run. */
    private void retryAfterStaleBond(BluetoothAdapter adapter, BluetoothDevice device) {
        if (staleRetried) {
            throw stop(staleKeyDiagnosis(), device);
        }
        staleRetried = true;
        removeBond(adapter, device);
    }

    private BluetoothAdapter chooseAdapter(ConnectRequest request) {
        begin("adapter");
        List<BluetoothAdapter> adapters = client.adapters();
        if (adapters.isEmpty()) {
            probes.put(Probes.ADAPTER_PRESENT, "no");
            throw stop(new Diagnosis(Diagnosis.Finding.NO_ADAPTER, "This computer has no Bluetooth adapter that BlueZ can use.",
                    "bluetoothd runs but reports no adapter: there is none, its driver or firmware did not load, or it "
                            + "is switched off in the firmware setup.",
                    "Check that the adapter shows in `lsusb`/`lspci` and in `dmesg | grep -i bluetooth` (missing "
                            + "firmware is common: install your distribution's firmware package, e.g. firmware-realtek "
                            + "or linux-firmware), or plug in a USB Bluetooth adapter.",
                    List.of("headset-not-in-scan-list")));
        }
        probes.put(Probes.ADAPTER_PRESENT, "yes");
        BluetoothAdapter chosen;
        if (request.adapter().isPresent()) {
            String wanted = request.adapter().get();
            chosen = adapters.stream().filter(a -> a.name().equals(wanted) || a.path().equals(wanted)
                    || a.address().equalsIgnoreCase(wanted)).findFirst().orElseThrow(() -> stop(new Diagnosis(
                    Diagnosis.Finding.ADAPTER_NOT_FOUND, "There is no adapter '" + wanted + "'.",
                    "BlueZ knows these adapters: " + String.join(", ", adapters.stream().map(BluetoothAdapter::name).toList()) + ".",
                    "Run again with --adapter " + adapters.get(0).name() + " (or leave --adapter out).",
                    List.of())));
        } else {
            chosen = adapters.stream().filter(BluetoothAdapter::powered).findFirst().orElse(adapters.get(0));
        }
        end(chosen.name() + " (" + chosen.address() + ")");
        return chosen;
    }

    private void checkRfkill(BluetoothAdapter adapter) {
        begin("rfkill");
        List<RfkillSwitch> switches = rfkill.bluetoothSwitches();
        boolean hard = switches.stream().anyMatch(RfkillSwitch::hard);
        boolean soft = switches.stream().anyMatch(RfkillSwitch::soft)
                || (!hard && adapter.powerState().filter("off-blocked"::equals).isPresent());
        if (hard) {
            probes.put(Probes.RFKILL, "hard-blocked");
            probes.put(Probes.ADAPTER_POWERED, "broken");
            throw stop(new Diagnosis(Diagnosis.Finding.RFKILL_BLOCKED, "Bluetooth is switched off by a hardware switch.",
                    "rfkill reports a hard block: a wireless switch, an airplane-mode key, or a firmware (BIOS/UEFI) "
                            + "setting turns the radio off, and no software can turn it back on.",
                    "Flip the laptop's wireless switch or press its airplane-mode key (often Fn plus a key with an "
                            + "antenna), or enable Bluetooth in the firmware setup; then run pairdoctor connect again.",
                    List.of("headset-not-in-scan-list")));
        }
        if (soft) {
            probes.put(Probes.RFKILL, "soft-blocked");
            probes.put(Probes.ADAPTER_POWERED, "broken");
            throw stop(new Diagnosis(Diagnosis.Finding.RFKILL_BLOCKED, "Bluetooth is blocked by rfkill (airplane mode).",
                    "rfkill reports a soft block on the Bluetooth radio, so BlueZ cannot power the adapter.",
                    "Run: rfkill unblock bluetooth (or turn airplane mode off), then run pairdoctor connect again.",
                    List.of("headset-not-in-scan-list")));
        }
        probes.put(Probes.RFKILL, "unblocked");
        end(switches.isEmpty() ? "no rfkill switch for Bluetooth" : "not blocked");
    }

    private BluetoothAdapter powerOn(BluetoothAdapter adapter) {
        begin("power");
        probes.put(Probes.ADAPTER_POWERED, adapter.powered() ? "works" : "broken");
        if (adapter.powered()) {
            end("already on");
            return adapter;
        }
        try {
            client.setPowered(adapter.path(), true);
        } catch (BluezException e) {
            if (e.error() == BluezError.BLOCKED) {
                probes.put(Probes.RFKILL, "soft-blocked");
                throw stop(new Diagnosis(Diagnosis.Finding.RFKILL_BLOCKED, "Bluetooth is blocked (rfkill).",
                        "BlueZ refused to power the adapter: " + e.getMessage() + ".",
                        "Run: rfkill unblock bluetooth (or turn airplane mode off), then run pairdoctor connect again.",
                        List.of("headset-not-in-scan-list")));
            }
            throw stop(powerFailed(adapter, e.getMessage()));
        }
        String path = adapter.path();
        Optional<BluetoothAdapter> on = await(POWER_TIMEOUT, false, () -> client.adapters().stream()
                .filter(a -> a.path().equals(path) && a.powered()).findFirst());
        if (on.isEmpty()) {
            throw stop(powerFailed(adapter, "it still reports Powered=false after " + POWER_TIMEOUT.toSeconds() + " s"));
        }
        end("was off: switched it on");
        note("The adapter " + adapter.name() + " was off; pairdoctor switched it on.");
        return on.get();
    }

    private static Diagnosis powerFailed(BluetoothAdapter adapter, String detail) {
        return new Diagnosis(Diagnosis.Finding.POWER_FAILED, "The adapter " + adapter.name() + " does not switch on.",
                "Powering it failed: " + detail + ".",
                "Try: bluetoothctl power on; if that fails too, restart the service (sudo systemctl restart bluetooth) "
                        + "and check dmesg for adapter errors.",
                List.of("headset-not-in-scan-list"));
    }

    private BluetoothDevice scan(ConnectRequest request, BluetoothAdapter adapter) {
        begin("scan");
        Duration timeout = request.scanTimeout();
        boolean[] leSeen = {false};
        try {
            client.startClassicDiscovery(adapter.path());
        } catch (BluezException e) {
            if (e.error() != BluezError.IN_PROGRESS) {
                throw e;
            }
        }
        listener.scanStarted(timeout);
        Optional<BluetoothDevice> found;
        try {
            found = await(timeout, true, () -> find(request, adapter, leSeen));
        } finally {
            try {
                client.stopDiscovery(adapter.path());
            } catch (BluezException ignored) {
                // Discovery may have ended on its own, or another program keeps it running.
            }
            listener.scanEnded(leSeen[0]);
        }
        if (found.isEmpty()) {
            probes.put(Probes.DEVICE_SEEN_IN_SCAN, leSeen[0] ? "only-le" : "neither");
            end("not found in " + timeout.toSeconds() + " s");
            throw stop(leSeen[0] ? new Diagnosis(Diagnosis.Finding.ONLY_LE_ENTRY_FOUND,
                    "Only the headset's Bluetooth LE entry showed up, not the one to pair for audio.",
                    "Its LE entry (e.g. LE_" + first(request.headset().classicNames()) + ") is always visible; the "
                            + "classic entry appears only in pairing mode, so the headset is probably not in pairing mode.",
                    pairingFix(request.headset()), List.of("headset-not-in-scan-list"))
                    : new Diagnosis(Diagnosis.Finding.DEVICE_NOT_FOUND,
                    "The headset did not show up in " + timeout.toSeconds() + " seconds of scanning.",
                    "It is most likely not in pairing mode (or it is off, out of range, or connected to another device).",
                    pairingFix(request.headset()), List.of("headset-not-in-scan-list")));
        }
        probes.put(Probes.DEVICE_SEEN_IN_SCAN, "appears");
        BluetoothDevice d = found.get();
        end("found " + d.displayName() + " (" + d.address() + ")");
        return d;
    }

    private static String pairingFix(Headset headset) {
        return "Put it in pairing mode: " + String.join(" ", headset.pairingInstructions())
                + " Keep it within a metre of the computer, then run pairdoctor connect again.";
    }

    private void pair(BluetoothDevice device) {
        begin("pair");
        try {
            client.pair(device.path());
            probes.put(Probes.PAIRING, "ok");
            end("paired");
        } catch (BluezException e) {
            if (e.error() == BluezError.ALREADY_EXISTS) {
                probes.put(Probes.PAIRING, "ok");
                end("already paired");
                return;
            }
            if (e.staleKey()) {
                probes.put(Probes.PAIRING, "stale-key");
                end("stale pairing key (" + e.getMessage() + "): removing the old pairing and retrying");
                throw new StaleBond();
            }
            if (e.pageTimeout()) {
                probes.put(Probes.PAIRING, "page-timeout");
                throw stop(pageTimeout(device, e), device);
            }
            if (e.rejected()) {
                probes.put(Probes.PAIRING, "rejected");
                throw stop(new Diagnosis(Diagnosis.Finding.PAIRING_REJECTED, "The headset refused the pairing.",
                        "BlueZ says " + e.getMessage() + ": the headset left pairing mode, or it still holds an old "
                                + "pairing with this computer.",
                        "Put the headset in pairing mode again and run pairdoctor connect again; if it is refused "
                                + "again, remove the headset here (bluetoothctl remove " + device.address()
                                + ") and reset the headset's pairing memory.",
                        List.of("pairing-fails")), device);
            }
            probes.put(Probes.PAIRING, "failed");
            throw stop(new Diagnosis(Diagnosis.Finding.PAIRING_FAILED, "Pairing failed.",
                    "BlueZ says " + e.getMessage() + ".",
                    "Put the headset in pairing mode again, keep it close, and run pairdoctor connect again.",
                    List.of("pairing-fails")), device);
        }
    }

    private void trustIfNeeded(BluetoothDevice device) {
        BluetoothDevice now = fresh(device);
        if (!now.trusted()) {
            trust(now);
        }
    }

    private void trust(BluetoothDevice device) {
        begin("trust");
        try {
            client.setTrusted(device.path(), true);
            end("trusted: it may reconnect by itself from now on");
        } catch (BluezException e) {
            end("could not trust it (" + e.getMessage() + ")");
            note("Could not mark the headset as trusted, so it may not reconnect by itself: bluetoothctl trust "
                    + device.address());
        }
    }

    private void connectDevice(BluetoothDevice device) {
        begin("connect");
        try {
            client.connect(device.path());
            probes.put(Probes.CONNECTION, "ok");
            end("connected");
        } catch (BluezException e) {
            if (e.error() == BluezError.ALREADY_CONNECTED) {
                probes.put(Probes.CONNECTION, "ok");
                end("already connected");
                return;
            }
            if (e.profileUnavailable()) {
                probes.put(Probes.CONNECTION, "profile-unavailable");
                end("no audio profile to connect (" + e.getMessage() + ")");
                throw stop(audioServerMissing(e), device);
            }
            if (e.staleKey()) {
                probes.put(Probes.CONNECTION, "stale-key");
                end("stale pairing key (" + e.getMessage() + "): removing the old pairing and pairing again");
                throw new StaleBond();
            }
            if (e.pageTimeout()) {
                probes.put(Probes.CONNECTION, "page-timeout");
                throw stop(pageTimeout(device, e), device);
            }
            probes.put(Probes.CONNECTION, "failed");
            throw stop(new Diagnosis(Diagnosis.Finding.CONNECT_FAILED, "Connecting failed.",
                    "BlueZ says " + e.getMessage() + ".",
                    "Turn the headset off and on, then run pairdoctor connect again; if it keeps failing, remove the "
                            + "pairing (bluetoothctl remove " + device.address() + ") and pair again.",
                    List.of("no-auto-reconnect", "pairing-fails")), device);
        }
    }

    private ConnectReport verifyProfiles(BluetoothDevice device, boolean alreadyConnected) {
        begin("profiles");
        try {
            client.connectProfile(device.path(), Profiles.A2DP_SINK);
            probes.put(Probes.PROFILE_CONNECTED, "a2dp-active");
        } catch (BluezException e) {
            if (e.error() == BluezError.ALREADY_CONNECTED) {
                probes.put(Probes.PROFILE_CONNECTED, "a2dp-active");
            } else if (e.profileUnavailable()) {
                probes.put(Probes.PROFILE_CONNECTED, "headset-or-none");
                end("music profile unavailable (" + e.getMessage() + ")");
                throw stop(audioServerMissing(e), device);
            } else {
                probes.put(Probes.PROFILE_CONNECTED, "headset-or-none");
                end("music profile failed (" + e.getMessage() + ")");
                throw stop(new Diagnosis(Diagnosis.Finding.MUSIC_PROFILE_FAILED,
                        "The headset is connected but the music profile (A2DP) is not.",
                        "BlueZ says " + e.getMessage() + ". The headset may be playing music for another device "
                                + "(multipoint) or be stuck in the call profile.",
                        "Disconnect it from your phone, or turn it off and on, then run pairdoctor connect again.",
                        List.of("linux-profile-unavailable")), device);
            }
        }
        boolean calls = connectCalls(device);
        end("music" + (calls ? " and calls" : " only"));
        BluetoothDevice now = fresh(device);
        if (now.battery().isPresent()) {
            probes.put(Probes.BATTERY_LEVEL, "reported");
        } else {
            probes.put(Probes.BATTERY_LEVEL, "not-offered");
            note("BlueZ offers no battery level for this headset (needs Experimental = true in /etc/bluetooth/main.conf "
                    + "and a recent PipeWire or PulseAudio 16+).");
        }
        return report(true, calls, alreadyConnected, now, null);
    }

    private boolean connectCalls(BluetoothDevice device) {
        BluezException last = null;
        for (String uuid : List.of(Profiles.HFP_HANDS_FREE, Profiles.HSP_HEADSET)) {
            try {
                client.connectProfile(device.path(), uuid);
                probes.put(Probes.CALL_PROFILE, "connected");
                return true;
            } catch (BluezException e) {
                if (e.error() == BluezError.ALREADY_CONNECTED) {
                    probes.put(Probes.CALL_PROFILE, "connected");
                    return true;
                }
                last = e;
            }
        }
        probes.put(Probes.CALL_PROFILE, "failed");
        note("The call profile (HFP/HSP) did not connect (" + last.getMessage() + "): music works, the microphone "
                + "will not. PipeWire needs its HFP backend (native or oFono) for calls.");
        return false;
    }

    private Diagnosis audioServerMissing(BluezException e) {
        AudioServer server = audio.check();
        probes.put(Probes.AUDIO_SERVER, server.kind().name().toLowerCase(Locale.ROOT));
        probes.put(Probes.A2DP_SOURCE_REGISTERED, "missing");
        return new Diagnosis(Diagnosis.Finding.AUDIO_SERVER_MISSING,
                "Paired, but the audio connection failed: BlueZ has no audio profile to connect.",
                "BlueZ says " + e.getMessage() + ". That means no sound server (PipeWire or PulseAudio) registered "
                        + "its Bluetooth audio endpoint with BlueZ (" + server.detail() + ").",
                server.fix() + " Then run pairdoctor connect again.",
                List.of("linux-profile-unavailable"));
    }

    private static Diagnosis pageTimeout(BluetoothDevice device, BluezException e) {
        return new Diagnosis(Diagnosis.Finding.PAGE_TIMEOUT, "The headset did not answer.",
                "BlueZ says " + e.getMessage() + " (page timeout): the headset is off, out of range, or no longer "
                        + "in pairing mode.",
                "Turn the headset on, keep it within a metre, put it in pairing mode again and run pairdoctor connect "
                        + "again.",
                List.of("pairing-fails", "headset-not-in-scan-list"));
    }

    private static Diagnosis staleKeyDiagnosis() {
        return new Diagnosis(Diagnosis.Finding.STALE_KEY, "Pairing fails even after removing the old pairing.",
                "The headset and this computer disagree about their pairing key, and removing it here did not help: "
                        + "the headset probably still holds the old pairing.",
                "Reset the headset's pairing memory (see its manual), put it in pairing mode and run pairdoctor connect "
                        + "again.",
                List.of("pairing-fails"));
    }

    private void removeBond(BluetoothAdapter adapter, BluetoothDevice device) {
        begin("remove old pairing");
        String path = device.path();
        target.set(null);
        client.removeDevice(adapter.path(), path);
        // BlueZ deletes the object; wait until it is gone so the next scan does not find the old one.
        await(Duration.ofSeconds(2), false, () -> client.devices().stream().noneMatch(d -> d.path().equals(path) && d.paired())
                ? Optional.of(Boolean.TRUE) : Optional.empty());
        note("Removed the stale pairing with " + device.displayName() + " and paired again.");
        end("removed " + device.address());
    }

    private Optional<BluetoothDevice> find(ConnectRequest request, BluetoothAdapter adapter, boolean[] leSeen) {
        for (BluetoothDevice d : client.devices()) {
            if (!d.adapterPath().equals(adapter.path())) {
                continue;
            }
            if (request.device().filter(q -> q.equalsIgnoreCase(d.address())).isPresent()) {
                return Optional.of(d);
            }
            List<String> names = new ArrayList<>(request.headset().classicNames());
            request.device().ifPresent(names::add);
            String shown = d.displayName();
            if (request.headset().isLeName(shown)) {
                if (leSeen != null && names.stream().anyMatch(n -> shown.toUpperCase(Locale.ROOT).endsWith(n.toUpperCase(Locale.ROOT)))) {
                    leSeen[0] = true;
                }
                continue;
            }
            if (names.stream().anyMatch(n -> n.equalsIgnoreCase(shown) || n.equalsIgnoreCase(d.alias()))) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    private BluetoothDevice fresh(BluetoothDevice device) {
        return client.devices().stream().filter(d -> d.path().equals(device.path())).findFirst().orElse(device);
    }

    /**
     * Looks at BlueZ until {@code check} finds something or {@code timeout} passes: after every
     * change signal, and at least every {@link #POLL_MILLIS} ms.
     */
    private <T> Optional<T> await(Duration timeout, boolean scanning, java.util.function.Supplier<Optional<T>> check) {
        long start = nanoTime.getAsLong();
        long deadline = start + timeout.toNanos();
        while (true) {
            changes.drainPermits();
            Optional<T> v = check.get();
            long now = nanoTime.getAsLong();
            if (scanning) {
                listener.scanProgress(Duration.ofNanos(now - start));
            }
            if (v.isPresent() || now >= deadline) {
                return v;
            }
            try {
                changes.tryAcquire(Math.min(TimeUnit.MILLISECONDS.toNanos(POLL_MILLIS), deadline - now),
                        TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
    }

    private Diagnosis unexpected(BluezException e) {
        if (phase != null) {
            end("failed: " + e.getMessage());
        }
        if (e.error() == BluezError.NO_BUS) {
            return new Diagnosis(Diagnosis.Finding.NO_BUS, "There is no D-Bus system bus to talk to BlueZ.",
                    e.reason() + ".",
                    "Run pairdoctor on the Linux machine itself, as a normal user of a desktop session (not in a "
                            + "minimal container); on a server, install and start dbus and bluez.",
                    List.of());
        }
        if (e.error() == BluezError.SERVICE_UNKNOWN) {
            return new Diagnosis(Diagnosis.Finding.BLUETOOTHD_NOT_RUNNING, "The Bluetooth service (bluetoothd) stopped.",
                    "BlueZ answered " + e.getMessage() + ".",
                    "Start it: sudo systemctl restart bluetooth, then run pairdoctor connect again.",
                    List.of("headset-not-in-scan-list"));
        }
        return new Diagnosis(Diagnosis.Finding.BLUEZ_ERROR, "BlueZ reported an error.", "BlueZ says " + e.getMessage() + ".",
                "Run pairdoctor connect again; if it repeats, restart the service (sudo systemctl restart bluetooth).",
                List.of("pairing-fails"));
    }

    private ConnectReport report(boolean connected, boolean calls, boolean already, BluetoothDevice device,
                                 Diagnosis diagnosis) {
        return new ConnectReport(connected, calls, already, Optional.ofNullable(device),
                device == null ? OptionalInt.empty() : device.battery(), timeline, notes,
                Optional.ofNullable(diagnosis), probes);
    }

    private void begin(String name) {
        phase = name;
        phaseStart = nanoTime.getAsLong();
        listener.phaseStarted(name);
    }

    private void end(String result) {
        Phase p = new Phase(phase, Duration.ofNanos(nanoTime.getAsLong() - phaseStart), result, false);
        phase = null;
        timeline.add(p);
        listener.phaseDone(p);
    }

    private void note(String text) {
        notes.add(text);
        listener.note(text);
    }

    private static String first(List<String> names) {
        return names.isEmpty() ? "..." : names.get(0);
    }

    private Stop stop(Diagnosis d) {
        return stop(d, null);
    }

    private Stop stop(Diagnosis d, BluetoothDevice device) {
        if (phase != null) {
            end("failed: " + d.what());
        }
        return new Stop(d, device);
    }

    /** Ends the run with a diagnosis (control flow only; never escapes {@link #connect}). */
    private static final class Stop extends RuntimeException {
        final transient Diagnosis diagnosis;
        final transient BluetoothDevice device;

        Stop(Diagnosis diagnosis, BluetoothDevice device) {
            super(diagnosis.what(), null, false, false);
            this.diagnosis = diagnosis;
            this.device = device;
        }
    }

    /** The stored link key does not work any more (control flow only). */
    private static final class StaleBond extends RuntimeException {
        StaleBond() {
            super("stale bond", null, false, false);
        }
    }
}
