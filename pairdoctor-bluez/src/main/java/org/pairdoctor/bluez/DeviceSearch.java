package org.pairdoctor.bluez;

import org.pairdoctor.core.probe.ConnectRequest;
import org.pairdoctor.core.probe.Probe;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the requested headset among BlueZ's devices, and scans (BR/EDR only) until it appears. A
 * headset matches by address, or by name/alias against the request's device and the headset's classic
 * scan names; LE entries never match (seeing only one is its own diagnosis; asking for one by address
 * ends the run with a diagnosis naming the entry to pair). One per run.
 */
final class DeviceSearch {
    private final BluezClient client;
    private final ConnectorListener listener;
    private final Timeline timeline;
    private final Changes changes;

    DeviceSearch(BluezClient client, ConnectorListener listener, Timeline timeline, Changes changes) {
        this.client = client;
        this.listener = listener;
        this.timeline = timeline;
        this.changes = changes;
    }

    /** Scans until the headset appears; a timeout ends the run with a diagnosis. */
    BluetoothDevice scan(ConnectRequest request, BluetoothAdapter adapter) {
        timeline.begin("scan");
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
            found = changes.await(timeout, true, () -> find(request, adapter, leSeen));
        } finally {
            try {
                client.stopDiscovery(adapter.path());
            } catch (BluezException ignored) {
                // Discovery may have ended on its own, or another program keeps it running.
            }
            listener.scanEnded(leSeen[0]);
        }
        if (found.isEmpty()) {
            timeline.read(Probe.DEVICE_SEEN_IN_SCAN, leSeen[0] ? "only-le" : "neither");
            timeline.end("not found in " + timeout.toSeconds() + " s");
            throw new Connector.Stop(Diagnoses.notFound(request.headset(), timeout.toSeconds(), leSeen[0]), null);
        }
        timeline.read(Probe.DEVICE_SEEN_IN_SCAN, "appears");
        BluetoothDevice d = found.get();
        timeline.end("found " + d.displayName() + " (" + d.address() + ")");
        return d;
    }

    /**
     * The headset among the adapter's devices, if BlueZ knows it; sets {@code leSeen[0]} when only
     * its LE entry is there ({@code leSeen} may be null).
     */
    Optional<BluetoothDevice> find(ConnectRequest request, BluetoothAdapter adapter, boolean[] leSeen) {
        List<String> names = new ArrayList<>(request.headset().classicNames());
        request.device().ifPresent(names::add);
        for (BluetoothDevice d : client.devices()) {
            if (!d.adapterPath().equals(adapter.path())) {
                continue;
            }
            String shown = d.displayName();
            if (request.device().filter(q -> q.equalsIgnoreCase(d.address())).isPresent()) {
                if (request.headset().isLeName(shown)) {
                    // Asked for by address, but that address is the LE entry: never pair it for audio.
                    timeline.read(Probe.DEVICE_SEEN_IN_SCAN, "only-le");
                    throw Connector.stop(timeline, Diagnoses.leEntryChosen(d, request.headset()), d);
                }
                return Optional.of(d);
            }
            if (request.headset().isLeName(shown)) {
                if (leSeen != null && names.stream().anyMatch(n -> shown.toUpperCase(Locale.ROOT)
                        .endsWith(n.toUpperCase(Locale.ROOT)))) {
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
}
