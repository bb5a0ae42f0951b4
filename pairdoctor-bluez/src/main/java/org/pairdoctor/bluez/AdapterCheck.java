package org.pairdoctor.bluez;

import org.pairdoctor.core.probe.ConnectRequest;
import org.pairdoctor.core.probe.Probe;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The adapter steps of a connector run: choose the adapter, check rfkill, switch it on. Each failure
 * ends the run with a diagnosis. One per run.
 */
final class AdapterCheck {
    private static final Duration POWER_TIMEOUT = Duration.ofSeconds(3);
    private final BluezClient client;
    private final RfkillReader rfkill;
    private final Timeline timeline;
    private final Changes changes;

    AdapterCheck(BluezClient client, RfkillReader rfkill, Timeline timeline, Changes changes) {
        this.client = client;
        this.rfkill = rfkill;
        this.timeline = timeline;
        this.changes = changes;
    }

    BluetoothAdapter choose(ConnectRequest request) {
        timeline.begin("adapter");
        List<BluetoothAdapter> adapters = client.adapters();
        if (adapters.isEmpty()) {
            timeline.read(Probe.ADAPTER_PRESENT, "no");
            throw Connector.stop(timeline, Diagnoses.noAdapter(), null);
        }
        timeline.read(Probe.ADAPTER_PRESENT, "yes");
        BluetoothAdapter chosen;
        if (request.adapter().isPresent()) {
            String wanted = request.adapter().get();
            chosen = adapters.stream().filter(a -> a.name().equals(wanted) || a.path().equals(wanted)
                    || a.address().equalsIgnoreCase(wanted)).findFirst()
                    .orElseThrow(() -> Connector.stop(timeline, Diagnoses.adapterNotFound(wanted, adapters), null));
        } else {
            chosen = adapters.stream().filter(BluetoothAdapter::powered).findFirst().orElse(adapters.get(0));
        }
        timeline.end(chosen.name() + " (" + chosen.address() + ")");
        return chosen;
    }

    void checkRfkill(BluetoothAdapter adapter) {
        timeline.begin("rfkill");
        List<RfkillSwitch> switches = rfkill.bluetoothSwitches();
        boolean hard = switches.stream().anyMatch(RfkillSwitch::hard);
        boolean soft = switches.stream().anyMatch(RfkillSwitch::soft)
                || (!hard && adapter.powerState().filter("off-blocked"::equals).isPresent());
        if (hard || soft) {
            timeline.read(Probe.RFKILL, hard ? "hard-blocked" : "soft-blocked");
            timeline.read(Probe.ADAPTER_POWERED, "broken");
            throw Connector.stop(timeline, hard ? Diagnoses.hardBlocked() : Diagnoses.softBlocked(), null);
        }
        timeline.read(Probe.RFKILL, "unblocked");
        timeline.end(switches.isEmpty() ? "no rfkill switch for Bluetooth" : "not blocked");
    }

    BluetoothAdapter powerOn(BluetoothAdapter adapter) {
        timeline.begin("power");
        timeline.read(Probe.ADAPTER_POWERED, adapter.powered() ? "works" : "broken");
        if (adapter.powered()) {
            timeline.end("already on");
            return adapter;
        }
        try {
            client.setPowered(adapter.path(), true);
        } catch (BluezException e) {
            if (e.error() == BluezError.BLOCKED) {
                timeline.read(Probe.RFKILL, "soft-blocked");
                throw Connector.stop(timeline, Diagnoses.blockedWhilePowering(e), null);
            }
            throw Connector.stop(timeline, Diagnoses.powerFailed(adapter, e.getMessage()), null);
        }
        String path = adapter.path();
        Optional<BluetoothAdapter> on = changes.await(POWER_TIMEOUT, false, () -> client.adapters().stream()
                .filter(a -> a.path().equals(path) && a.powered()).findFirst());
        if (on.isEmpty()) {
            throw Connector.stop(timeline, Diagnoses.powerFailed(adapter, "it still reports Powered=false after "
                    + POWER_TIMEOUT.toSeconds() + " s"), null);
        }
        timeline.end("was off: switched it on");
        timeline.note("The adapter " + adapter.name() + " was off; pairdoctor switched it on.");
        return on.get();
    }
}
