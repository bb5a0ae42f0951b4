package org.pairdoctor.bluez.dbus;

import org.freedesktop.dbus.DBusPath;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.connections.impl.DBusConnectionBuilder;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.exceptions.DBusExecutionException;
import org.freedesktop.dbus.interfaces.DBus;
import org.freedesktop.dbus.interfaces.DBusInterface;
import org.freedesktop.dbus.interfaces.ObjectManager;
import org.freedesktop.dbus.interfaces.Properties;
import org.freedesktop.dbus.types.Variant;
import org.pairdoctor.bluez.BluetoothAdapter;
import org.pairdoctor.bluez.BluetoothDevice;
import org.pairdoctor.bluez.BluezClient;
import org.pairdoctor.bluez.BluezError;
import org.pairdoctor.bluez.BluezException;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * {@link BluezClient} over D-Bus with dbus-java's pure-Java unix socket transport. Error replies
 * become {@link BluezException}s: BlueZ's names arrive as {@code org.bluez.Error$...} types (see
 * {@link org.bluez.Error}), anything else by its name.
 */
public final class DbusBluezClient implements BluezClient {
    static final String BUS_NAME = "org.bluez";
    static final String ADAPTER = "org.bluez.Adapter1";
    static final String DEVICE = "org.bluez.Device1";
    static final DBusPath AGENT_PATH = new DBusPath("/org/pairdoctor/agent");

    private static final String QUIET_DBUS_JAVA = "org.slf4j.simpleLogger.log.org.freedesktop.dbus";

    private final DBusConnection connection;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final List<AutoCloseable> signalHandlers = new ArrayList<>();

    private DbusBluezClient(DBusConnection connection) {
        this.connection = connection;
    }

    /** System property that overrides the bus address (tests and benchmarks run in one JVM). */
    public static final String BUS_PROPERTY = "pairdoctor.systemBus";

    /**
     * Connects to the system bus: the {@value #BUS_PROPERTY} system property when set, else
     * {@code DBUS_SYSTEM_BUS_ADDRESS} when set, else the standard socket.
     *
     * @throws BluezException {@link BluezError#NO_BUS} when there is no bus to connect to
     */
    public static DbusBluezClient connectSystemBus() {
        String address = System.getProperty(BUS_PROPERTY, System.getenv("DBUS_SYSTEM_BUS_ADDRESS"));
        return open(address == null || address.isBlank() ? null : address);
    }

    /** Connects to the bus at {@code address} ({@code unix:path=...}); null means the system bus. */
    public static DbusBluezClient open(String address) {
        // dbus-java logs every transport choice at INFO; on a terminal that is noise (slf4j-simple
        // reads this when the first dbus-java logger is created). An explicit setting wins.
        if (System.getProperty(QUIET_DBUS_JAVA) == null) {
            System.setProperty(QUIET_DBUS_JAVA, "warn");
        }
        try {
            DBusConnectionBuilder builder = address == null ? DBusConnectionBuilder.forSystemBus()
                    : DBusConnectionBuilder.forAddress(address);
            DbusBluezClient client = new DbusBluezClient(builder.withShared(false).build());
            client.subscribe();
            return client;
        } catch (DBusException | DBusExecutionException e) {
            String where = address == null ? "the D-Bus system bus" : "the D-Bus bus at " + address;
            throw new BluezException(BluezError.NO_BUS, "no D-Bus system bus",
                    "cannot connect to " + where + " (" + e.getMessage() + ")");
        }
    }

    private void subscribe() throws DBusException {
        signalHandlers.add(connection.addSigHandler(ObjectManager.InterfacesAdded.class, s -> changed()));
        signalHandlers.add(connection.addSigHandler(ObjectManager.InterfacesRemoved.class, s -> changed()));
        signalHandlers.add(connection.addSigHandler(Properties.PropertiesChanged.class, s -> changed()));
    }

    private void changed() {
        for (Runnable r : listeners) {
            r.run();
        }
    }

    /** Our unique bus name (e.g. {@code :1.42}): where bluetoothd finds the exported agent. */
    public String uniqueName() {
        return connection.getUniqueName();
    }

    @Override
    public boolean serviceRunning() {
        return call(() -> remote("org.freedesktop.DBus", "/org/freedesktop/DBus", DBus.class).NameHasOwner(BUS_NAME));
    }

    @Override
    public List<BluetoothAdapter> adapters() {
        List<BluetoothAdapter> out = new ArrayList<>();
        for (var e : managedObjects().entrySet()) {
            Map<String, Variant<?>> p = e.getValue().get(ADAPTER);
            if (p != null) {
                String path = e.getKey().getPath();
                out.add(new BluetoothAdapter(path, BluetoothAdapter.nameOf(path), string(p, "Address"),
                        string(p, "Alias"), bool(p, "Powered"), bool(p, "Discovering"),
                        Optional.ofNullable(p.containsKey("PowerState") ? string(p, "PowerState") : null),
                        strings(p, "UUIDs")));
            }
        }
        out.sort(Comparator.comparing(BluetoothAdapter::path));
        return out;
    }

    @Override
    public List<BluetoothDevice> devices() {
        List<BluetoothDevice> out = new ArrayList<>();
        for (var e : managedObjects().entrySet()) {
            Map<String, Variant<?>> p = e.getValue().get(DEVICE);
            if (p != null) {
                Map<String, Variant<?>> battery = e.getValue().get(Battery1.NAME);
                String adapter = p.containsKey("Adapter") ? path(p.get("Adapter").getValue())
                        : e.getKey().getPath().substring(0, e.getKey().getPath().lastIndexOf('/'));
                out.add(new BluetoothDevice(e.getKey().getPath(), adapter, string(p, "Address"),
                        Optional.ofNullable(p.containsKey("Name") ? string(p, "Name") : null), string(p, "Alias"),
                        bool(p, "Paired"), bool(p, "Trusted"), bool(p, "Connected"), bool(p, "Blocked"),
                        strings(p, "UUIDs"), integer(p, "RSSI"),
                        battery == null ? OptionalInt.empty() : integer(battery, "Percentage")));
            }
        }
        out.sort(Comparator.comparing(BluetoothDevice::path));
        return out;
    }

    private Map<DBusPath, Map<String, Map<String, Variant<?>>>> managedObjects() {
        return call(() -> remote(BUS_NAME, "/", ObjectManager.class).GetManagedObjects());
    }

    @Override
    public void setPowered(String adapterPath, boolean powered) {
        run(() -> remote(BUS_NAME, adapterPath, Properties.class).Set(ADAPTER, "Powered", new Variant<>(powered)));
    }

    @Override
    public void startClassicDiscovery(String adapterPath) {
        run(() -> {
            Adapter1 adapter = remote(BUS_NAME, adapterPath, Adapter1.class);
            adapter.SetDiscoveryFilter(Map.of("Transport", new Variant<>("bredr")));
            adapter.StartDiscovery();
        });
    }

    @Override
    public void stopDiscovery(String adapterPath) {
        run(() -> remote(BUS_NAME, adapterPath, Adapter1.class).StopDiscovery());
    }

    @Override
    public void pair(String devicePath) {
        run(() -> remote(BUS_NAME, devicePath, Device1.class).Pair());
    }

    @Override
    public void setTrusted(String devicePath, boolean trusted) {
        run(() -> remote(BUS_NAME, devicePath, Properties.class).Set(DEVICE, "Trusted", new Variant<>(trusted)));
    }

    @Override
    public void connect(String devicePath) {
        run(() -> remote(BUS_NAME, devicePath, Device1.class).Connect());
    }

    @Override
    public void connectProfile(String devicePath, String uuid) {
        run(() -> remote(BUS_NAME, devicePath, Device1.class).ConnectProfile(uuid));
    }

    @Override
    public void removeDevice(String adapterPath, String devicePath) {
        run(() -> remote(BUS_NAME, adapterPath, Adapter1.class).RemoveDevice(new DBusPath(devicePath)));
    }

    @Override
    public Registration registerAgent(Predicate<String> accept) {
        PairingAgent agent = new PairingAgent(AGENT_PATH.getPath(), accept);
        try {
            connection.exportObject(AGENT_PATH.getPath(), agent);
        } catch (DBusException e) {
            throw new BluezException(BluezError.OTHER, "export", "cannot publish the pairing agent: " + e.getMessage());
        }
        AgentManager1 manager = call(() -> remote(BUS_NAME, "/org/bluez", AgentManager1.class));
        try {
            run(() -> manager.RegisterAgent(AGENT_PATH, "NoInputNoOutput"));
            run(() -> manager.RequestDefaultAgent(AGENT_PATH));
        } catch (BluezException e) {
            connection.unExportObject(AGENT_PATH.getPath());
            throw e;
        }
        return new Registration() {
            private boolean closed;

            @Override
            public synchronized void close() {
                if (closed) {
                    return;
                }
                closed = true;
                try {
                    run(() -> manager.UnregisterAgent(AGENT_PATH));
                } catch (BluezException ignored) {
                    // bluetoothd may already have released it (restart, Release call): nothing to undo.
                }
                connection.unExportObject(AGENT_PATH.getPath());
            }
        };
    }

    @Override
    public Registration onChange(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @Override
    public void close() {
        for (AutoCloseable h : signalHandlers) {
            try {
                h.close();
            } catch (Exception ignored) {
                // the connection goes away next anyway
            }
        }
        try {
            connection.close();
        } catch (IOException ignored) {
            // closing a socket we no longer need: nothing useful to report
        }
    }

    private <T extends DBusInterface> T remote(String bus, String path, Class<T> type) {
        try {
            return connection.getRemoteObject(bus, path, type);
        } catch (DBusException e) {
            throw new BluezException(BluezError.OTHER, "proxy", "cannot reach " + path + ": " + e.getMessage());
        }
    }

    private static void run(Runnable call) {
        call(() -> {
            call.run();
            return null;
        });
    }

    private static <T> T call(Supplier<T> call) {
        try {
            return call.get();
        } catch (DBusExecutionException e) {
            throw translate(e);
        }
    }

    /** Maps a D-Bus error reply to our exception, by type where dbus-java found one, else by name. */
    static BluezException translate(DBusExecutionException e) {
        String name = errorName(e);
        return new BluezException(BluezError.ofName(name), name, e.getMessage());
    }

    static String errorName(DBusExecutionException e) {
        Class<?> type = e.getClass();
        if (type.getName().startsWith("org.bluez.Error$")) {
            return type.getName().replace('$', '.');
        }
        if (e instanceof org.freedesktop.dbus.errors.ServiceUnknown) {
            return "org.freedesktop.DBus.Error.ServiceUnknown";
        }
        if (e instanceof org.freedesktop.dbus.errors.NoReply || e instanceof org.freedesktop.dbus.errors.Timeout) {
            return "org.freedesktop.DBus.Error.NoReply";
        }
        return e.getType() == null ? type.getName() : e.getType();
    }

    private static String string(Map<String, Variant<?>> p, String key) {
        Variant<?> v = p.get(key);
        return v == null ? "" : String.valueOf(v.getValue());
    }

    private static boolean bool(Map<String, Variant<?>> p, String key) {
        Variant<?> v = p.get(key);
        return v != null && Boolean.TRUE.equals(v.getValue());
    }

    private static OptionalInt integer(Map<String, Variant<?>> p, String key) {
        Variant<?> v = p.get(key);
        return v != null && v.getValue() instanceof Number n ? OptionalInt.of(n.intValue()) : OptionalInt.empty();
    }

    private static Set<String> strings(Map<String, Variant<?>> p, String key) {
        Variant<?> v = p.get(key);
        if (v == null) {
            return Set.of();
        }
        Object value = v.getValue();
        List<String> out = new ArrayList<>();
        if (value instanceof Collection<?> c) {
            c.forEach(o -> out.add(String.valueOf(o).toLowerCase(java.util.Locale.ROOT)));
        } else if (value instanceof Object[] a) {
            for (Object o : a) {
                out.add(String.valueOf(o).toLowerCase(java.util.Locale.ROOT));
            }
        }
        return Set.copyOf(out);
    }

    private static String path(Object value) {
        return value instanceof DBusPath p ? p.getPath() : String.valueOf(value);
    }
}
