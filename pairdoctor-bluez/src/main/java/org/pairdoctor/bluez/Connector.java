package org.pairdoctor.bluez;

import org.pairdoctor.core.probe.BluetoothProbe;
import org.pairdoctor.core.probe.ConnectRequest;
import org.pairdoctor.core.probe.Probe;
import org.pairdoctor.core.probe.ProbeReport;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;

/**
 * Gets a headset connected through BlueZ, step by step, and says why when it cannot: bluetoothd
 * on the bus, an adapter, not rfkill-blocked, powered; a pairing agent; the headset in pairing
 * mode; a BR/EDR scan that stops as soon as the headset appears ({@link DeviceSearch}); pair (a
 * stale bond is removed and pairing retried once), trust, connect, and the music and call profiles
 * ({@link ProfileCheck}). Every failure ends in a {@link Diagnosis} (words in {@link Diagnoses}),
 * never an exception. Waiting is event-driven ({@link Changes}). The core's {@link BluetoothProbe}
 * port: {@link #probe} gives the typed evidence, {@link #connect} the whole report for the terminal.
 * One instance per run; not thread-safe.
 */
public final class Connector implements BluetoothProbe {
    /** Longest wait between two looks at BlueZ's objects while waiting for something. */
    static final long POLL_MILLIS = Changes.POLL_MILLIS;

    private final BluezClient client;
    private final ConnectorListener listener;
    private final Timeline timeline;
    private final Changes changes;
    private final DeviceSearch search;
    private final ProfileCheck profiles;
    private final AdapterCheck adapters;
    private final AtomicReference<String> target = new AtomicReference<>();
    private boolean staleRetried;

    public Connector(BluezClient client, RfkillReader rfkill, AudioServerCheck audio, ConnectorListener listener,
                     LongSupplier nanoTime) {
        this.client = client;
        this.listener = listener;
        this.timeline = new Timeline(listener, nanoTime);
        this.changes = new Changes(nanoTime, listener);
        this.search = new DeviceSearch(client, listener, timeline, changes);
        this.profiles = new ProfileCheck(client, audio, timeline);
        this.adapters = new AdapterCheck(client, rfkill, timeline, changes);
    }

    public Connector(BluezClient client, RfkillReader rfkill, AudioServerCheck audio, ConnectorListener listener) {
        this(client, rfkill, audio, listener, System::nanoTime);
    }

    @Override
    public ProbeReport probe(ConnectRequest request) {
        return connect(request).evidence();
    }

    /** Runs the whole flow once. */
    public ConnectReport connect(ConnectRequest request) {
        BluezClient.Registration watch = null;
        BluezClient.Registration agent = null;
        try {
            timeline.begin("bluetoothd");
            if (!client.serviceRunning()) {
                timeline.read(Probe.BLUETOOTH_SERVICE, "not-running");
                throw stop(Diagnoses.bluetoothdNotRunning(), null);
            }
            timeline.read(Probe.BLUETOOTH_SERVICE, "running");
            watch = client.onChange(changes::signal);
            timeline.end("running");

            BluetoothAdapter adapter = adapters.choose(request);
            adapters.checkRfkill(adapter);
            adapter = adapters.powerOn(adapter);
            timeline.read(Probe.A2DP_SOURCE_REGISTERED, adapter.hasA2dpEndpoint() ? "listed" : "missing");
            if (!adapter.hasA2dpEndpoint()) {
                timeline.note("No audio server has registered an A2DP endpoint with BlueZ yet (the adapter lacks the "
                        + "A2DP source UUID 0000110a); music may fail after pairing.");
            }
            agent = registerAgent();
            return pairAndConnect(request, adapter);
        } catch (Stop s) {
            return report(false, false, false, s.device, s.diagnosis);
        } catch (BluezException e) {
            timeline.endIfOpen("failed: " + e.getMessage());
            return report(false, false, false, null, Diagnoses.unexpected(e));
        } finally {
            if (agent != null) {
                agent.close();
            }
            if (watch != null) {
                watch.close();
            }
        }
    }

    private BluezClient.Registration registerAgent() {
        timeline.begin("agent");
        try {
            BluezClient.Registration agent = client.registerAgent(path -> target.get() == null
                    || target.get().equals(path));
            timeline.end("NoInputNoOutput agent registered");
            return agent;
        } catch (BluezException e) {
            // Another agent (the desktop's) can do just-works pairing as well; carry on.
            timeline.end("not registered (" + e.getMessage() + "); using the desktop's agent");
            return null;
        }
    }

    private ConnectReport pairAndConnect(ConnectRequest request, BluetoothAdapter adapter) {
        Optional<BluetoothDevice> known = search.find(request, adapter, null);
        known.ifPresent(d -> target.set(d.path()));
        timeline.read(Probe.DEVICE_PAIRED, known.filter(BluetoothDevice::paired).isPresent() ? "listed" : "not-listed");
        known.ifPresent(d -> timeline.read(Probe.DEVICE_TRUSTED, d.trusted() ? "yes" : "no"));
        if (known.isPresent() && known.get().paired() && known.get().connected()) {
            BluetoothDevice d = known.get();
            timeline.read(Probe.DEVICE_SEEN_IN_SCAN, "appears");
            timeline.read(Probe.CONNECTION, "ok");
            timeline.note(d.displayName() + " (" + d.address() + ") is already paired and connected.");
            if (!d.trusted()) {
                trust(d);
            }
            return connected(d, true);
        }
        BluetoothDevice device;
        if (known.isPresent() && known.get().paired()) {
            device = known.get();
            timeline.read(Probe.DEVICE_SEEN_IN_SCAN, "appears");
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
                throw stop(Diagnoses.staleKey(), device);
            }
        }
        return connected(device, false);
    }

    private BluetoothDevice scanAndPair(ConnectRequest request, BluetoothAdapter adapter) {
        if (!request.assumeReady()) {
            long start = timeline.now();
            listener.awaitPairingMode(request.headset());
            timeline.waited("pairing mode", start, "you put the headset in pairing mode");
        }
        BluetoothDevice device = search.scan(request, adapter);
        target.set(device.path());
        try {
            pair(device);
        } catch (StaleBond s) {
            retryAfterStaleBond(adapter, device);
            device = search.scan(request, adapter);
            target.set(device.path());
            try {
                pair(device);
            } catch (StaleBond again) {
                throw stop(Diagnoses.staleKey(), device);
            }
        }
        return device;
    }

    /** A stale bond is removed and pairing retried once; a second stale-key error ends the run. */
    private void retryAfterStaleBond(BluetoothAdapter adapter, BluetoothDevice device) {
        if (staleRetried) {
            throw stop(Diagnoses.staleKey(), device);
        }
        staleRetried = true;
        removeBond(adapter, device);
    }

    private void pair(BluetoothDevice device) {
        timeline.begin("pair");
        try {
            client.pair(device.path());
            timeline.read(Probe.PAIRING, "ok");
            timeline.end("paired");
        } catch (BluezException e) {
            if (e.error() == BluezError.ALREADY_EXISTS) {
                timeline.read(Probe.PAIRING, "ok");
                timeline.end("already paired");
                return;
            }
            if (e.staleKey()) {
                timeline.read(Probe.PAIRING, "stale-key");
                timeline.end("stale pairing key (" + e.getMessage() + "): removing the old pairing and retrying");
                throw new StaleBond();
            }
            if (e.pageTimeout()) {
                timeline.read(Probe.PAIRING, "page-timeout");
                throw stop(Diagnoses.pageTimeout(e), device);
            }
            timeline.read(Probe.PAIRING, e.rejected() ? "rejected" : "failed");
            throw stop(e.rejected() ? Diagnoses.pairingRejected(device, e) : Diagnoses.pairingFailed(e), device);
        }
    }

    private void trustIfNeeded(BluetoothDevice device) {
        BluetoothDevice now = fresh(device);
        if (!now.trusted()) {
            trust(now);
        }
    }

    private void trust(BluetoothDevice device) {
        timeline.begin("trust");
        try {
            client.setTrusted(device.path(), true);
            timeline.end("trusted: it may reconnect by itself from now on");
        } catch (BluezException e) {
            timeline.end("could not trust it (" + e.getMessage() + ")");
            timeline.note("Could not mark the headset as trusted, so it may not reconnect by itself: bluetoothctl trust "
                    + device.address());
        }
    }

    private void connectDevice(BluetoothDevice device) {
        timeline.begin("connect");
        try {
            client.connect(device.path());
            timeline.read(Probe.CONNECTION, "ok");
            timeline.end("connected");
        } catch (BluezException e) {
            if (e.error() == BluezError.ALREADY_CONNECTED) {
                timeline.read(Probe.CONNECTION, "ok");
                timeline.end("already connected");
                return;
            }
            if (e.profileUnavailable()) {
                timeline.read(Probe.CONNECTION, "profile-unavailable");
                timeline.end("no audio profile to connect (" + e.getMessage() + ")");
                throw stop(profiles.audioServerMissing(e), device);
            }
            if (e.staleKey()) {
                timeline.read(Probe.CONNECTION, "stale-key");
                timeline.end("stale pairing key (" + e.getMessage() + "): removing the old pairing and pairing again");
                throw new StaleBond();
            }
            timeline.read(Probe.CONNECTION, e.pageTimeout() ? "page-timeout" : "failed");
            throw stop(e.pageTimeout() ? Diagnoses.pageTimeout(e) : Diagnoses.connectFailed(device, e), device);
        }
    }

    /** Music (and calls, if they connect), then the battery reading: the run succeeded. */
    private ConnectReport connected(BluetoothDevice device, boolean alreadyConnected) {
        boolean calls = profiles.connect(device);
        BluetoothDevice now = fresh(device);
        if (now.battery().isPresent()) {
            timeline.read(Probe.BATTERY_LEVEL, "reported");
        } else {
            timeline.read(Probe.BATTERY_LEVEL, "not-offered");
            timeline.note("BlueZ offers no battery level for this headset (needs Experimental = true in "
                    + "/etc/bluetooth/main.conf and a recent PipeWire or PulseAudio 16+).");
        }
        return report(true, calls, alreadyConnected, now, null);
    }

    private void removeBond(BluetoothAdapter adapter, BluetoothDevice device) {
        timeline.begin("remove old pairing");
        String path = device.path();
        target.set(null);
        client.removeDevice(adapter.path(), path);
        // BlueZ deletes the object; wait until it is gone so the next scan does not find the old one.
        changes.await(Duration.ofSeconds(2), false, () -> client.devices().stream()
                .noneMatch(d -> d.path().equals(path) && d.paired()) ? Optional.of(Boolean.TRUE) : Optional.empty());
        timeline.note("Removed the stale pairing with " + device.displayName() + " and paired again.");
        timeline.end("removed " + device.address());
    }

    private BluetoothDevice fresh(BluetoothDevice device) {
        return client.devices().stream().filter(d -> d.path().equals(device.path())).findFirst().orElse(device);
    }

    private ConnectReport report(boolean connected, boolean calls, boolean already, BluetoothDevice device,
                                 Diagnosis diagnosis) {
        return new ConnectReport(connected, calls, already, Optional.ofNullable(device),
                device == null ? OptionalInt.empty() : device.battery(), timeline.phases(), timeline.notes(),
                Optional.ofNullable(diagnosis), timeline.readings());
    }

    private Stop stop(Diagnosis d, BluetoothDevice device) {
        return stop(timeline, d, device);
    }

    /** Ends the open phase, if any, as failed, and returns the control-flow exception that ends the run. */
    static Stop stop(Timeline timeline, Diagnosis d, BluetoothDevice device) {
        timeline.endIfOpen("failed: " + d.what());
        return new Stop(d, device);
    }

    /** Ends the run with a diagnosis (control flow only; never escapes {@link #connect}). */
    static final class Stop extends RuntimeException {
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
