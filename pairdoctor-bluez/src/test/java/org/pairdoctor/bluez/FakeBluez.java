package org.pairdoctor.bluez;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * In-memory BlueZ for unit tests: adapters and devices as plain state, scripted errors per call,
 * and devices that appear a given time after discovery starts (signalled like InterfacesAdded).
 */
final class FakeBluez implements BluezClient {
    static final String HCI0 = "/org/bluez/hci0";
    static final String XM2_ADDRESS = "04:5D:4B:AA:BB:CC";
    static final String XM2 = HCI0 + "/dev_04_5D_4B_AA_BB_CC";

    boolean running = true;
    final Map<String, BluetoothAdapter> adapters = new LinkedHashMap<>();
    final Map<String, BluetoothDevice> devices = new LinkedHashMap<>();
    final List<String> calls = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<BluezException>> failures = new HashMap<>();
    private final List<Appearance> onDiscovery = new ArrayList<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "fake-bluez");
        t.setDaemon(true);
        return t;
    });
    Predicate<String> agent;
    volatile long discoveryStartedNanos;
    volatile long discoveryStoppedNanos;

    record Appearance(long delayMillis, BluetoothDevice device) {
    }

    FakeBluez withAdapter(boolean powered, String... uuids) {
        adapters.put(HCI0, new BluetoothAdapter(HCI0, "hci0", "00:01:02:03:04:05", "my-computer", powered, false,
                Optional.empty(), Set.of(uuids)));
        return this;
    }

    FakeBluez withAudioAdapter() {
        return withAdapter(true, Profiles.A2DP_SOURCE);
    }

    static BluetoothDevice device(String path, String address, String name) {
        return new BluetoothDevice(path, path.substring(0, path.lastIndexOf('/')), address, Optional.of(name), name,
                false, false, false, false, Set.of(), OptionalInt.empty(), OptionalInt.empty());
    }

    static BluetoothDevice xm2() {
        return device(XM2, XM2_ADDRESS, "WH-1000XM2");
    }

    static BluetoothDevice pairedXm2(boolean connected) {
        BluetoothDevice d = xm2();
        return new BluetoothDevice(d.path(), d.adapterPath(), d.address(), d.name(), d.alias(), true, true, connected,
                false, Set.of(Profiles.A2DP_SINK, Profiles.HFP_HANDS_FREE), OptionalInt.empty(), OptionalInt.of(70));
    }

    FakeBluez withDevice(BluetoothDevice d) {
        devices.put(d.path(), d);
        return this;
    }

    /** The device appears {@code delayMillis} after each StartDiscovery while it is not known. */
    FakeBluez appearsAfter(long delayMillis, BluetoothDevice d) {
        onDiscovery.add(new Appearance(delayMillis, d));
        return this;
    }

    /** The next call of {@code method} (on any object) fails with {@code e}; queue several for several calls. */
    FakeBluez failing(String method, BluezException e) {
        failures.computeIfAbsent(method, k -> new ArrayDeque<>()).add(e);
        return this;
    }

    List<String> methods() {
        return calls.stream().map(c -> c.split(" ")[0]).toList();
    }

    private synchronized void call(String method, String path) {
        calls.add(method + " " + path);
        Deque<BluezException> q = failures.get(method);
        if (q != null && !q.isEmpty()) {
            throw q.poll();
        }
    }

    private void changed() {
        listeners.forEach(Runnable::run);
    }

    @Override
    public boolean serviceRunning() {
        return running;
    }

    @Override
    public synchronized List<BluetoothAdapter> adapters() {
        if (!running) {
            throw BluezException.of(BluezError.SERVICE_UNKNOWN, "The name org.bluez was not provided");
        }
        return List.copyOf(adapters.values());
    }

    @Override
    public synchronized List<BluetoothDevice> devices() {
        return List.copyOf(devices.values());
    }

    @Override
    public void setPowered(String adapterPath, boolean powered) {
        call("setPowered", adapterPath);
        synchronized (this) {
            BluetoothAdapter a = adapters.get(adapterPath);
            adapters.put(adapterPath, new BluetoothAdapter(a.path(), a.name(), a.address(), a.alias(), powered,
                    a.discovering(), a.powerState(), a.uuids()));
        }
        changed();
    }

    @Override
    public void startClassicDiscovery(String adapterPath) {
        call("startClassicDiscovery", adapterPath);
        discoveryStartedNanos = System.nanoTime();
        for (Appearance a : onDiscovery) {
            timer.schedule(() -> {
                synchronized (this) {
                    devices.putIfAbsent(a.device().path(), a.device());
                }
                changed();
            }, a.delayMillis(), TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void stopDiscovery(String adapterPath) {
        discoveryStoppedNanos = System.nanoTime();
        call("stopDiscovery", adapterPath);
    }

    @Override
    public void pair(String devicePath) {
        call("pair", devicePath);
        update(devicePath, d -> new BluetoothDevice(d.path(), d.adapterPath(), d.address(), d.name(), d.alias(), true,
                d.trusted(), d.connected(), d.blocked(), d.uuids(), d.rssi(), d.battery()));
    }

    @Override
    public void setTrusted(String devicePath, boolean trusted) {
        call("setTrusted", devicePath);
        update(devicePath, d -> new BluetoothDevice(d.path(), d.adapterPath(), d.address(), d.name(), d.alias(),
                d.paired(), trusted, d.connected(), d.blocked(), d.uuids(), d.rssi(), d.battery()));
    }

    @Override
    public void connect(String devicePath) {
        call("connect", devicePath);
        update(devicePath, d -> new BluetoothDevice(d.path(), d.adapterPath(), d.address(), d.name(), d.alias(),
                d.paired(), d.trusted(), true, d.blocked(), d.uuids(), d.rssi(), d.battery()));
    }

    @Override
    public void connectProfile(String devicePath, String uuid) {
        call("connectProfile", devicePath + " " + uuid);
    }

    @Override
    public void removeDevice(String adapterPath, String devicePath) {
        call("removeDevice", devicePath);
        synchronized (this) {
            devices.remove(devicePath);
        }
        changed();
    }

    @Override
    public Registration registerAgent(Predicate<String> accept) {
        call("registerAgent", "/org/pairdoctor/agent");
        agent = accept;
        return () -> calls.add("unregisterAgent /org/pairdoctor/agent");
    }

    @Override
    public Registration onChange(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }

    private void update(String path, java.util.function.UnaryOperator<BluetoothDevice> f) {
        synchronized (this) {
            BluetoothDevice d = devices.get(path);
            if (d == null) {
                throw BluezException.of(BluezError.DOES_NOT_EXIST, "no device " + path);
            }
            devices.put(path, f.apply(d));
        }
        changed();
    }
}
