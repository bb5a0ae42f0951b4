package org.pairdoctor.bluez.dbus;

import org.freedesktop.dbus.DBusPath;
import org.freedesktop.dbus.Struct;
import org.freedesktop.dbus.annotations.DBusInterfaceName;
import org.freedesktop.dbus.annotations.Position;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.connections.impl.DBusConnectionBuilder;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.interfaces.DBus;
import org.freedesktop.dbus.interfaces.DBusInterface;
import org.freedesktop.dbus.interfaces.ObjectManager;
import org.freedesktop.dbus.types.UInt64;
import org.freedesktop.dbus.types.Variant;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * python-dbusmock's {@code bluez5} template on a {@link PrivateBus}, with typed helpers for
 * scripting scenarios ({@code org.bluez.Mock}, {@code org.freedesktop.DBus.Mock}).
 */
public final class BluezMock implements AutoCloseable {
    public static final String HCI0 = "/org/bluez/hci0";

    private final PrivateBus bus;
    private final Process mock;
    private final DBusConnection connection;
    private final Path log;

    /** {@code org.bluez.Mock}, the template's helper interface. */
    @DBusInterfaceName("org.bluez.Mock")
    public interface BluezHelpers extends DBusInterface {
        String AddAdapter(String deviceName, String systemName);

        String AddDevice(String adapterDeviceName, String address, String alias);

        void ConnectDevice(String adapterDeviceName, String address);

        void RemoveAdapter(String deviceName);
    }

    /** {@code org.freedesktop.DBus.Mock}, on every mock object. */
    @DBusInterfaceName("org.freedesktop.DBus.Mock")
    public interface Mock extends DBusInterface {
        void AddMethod(String iface, String name, String inSig, String outSig, String code);

        void AddProperties(String iface, Map<String, Variant<?>> properties);

        void UpdateProperties(String iface, Map<String, Variant<?>> properties);

        List<MethodCall> GetMethodCalls(String method);

        void ClearCalls();

        void Reset();
    }

    /** One recorded call: (timestamp, arguments). */
    public static final class MethodCall extends Struct {
        @Position(0)
        public final UInt64 time;
        @Position(1)
        public final List<Variant<?>> args;

        public MethodCall(UInt64 time, List<Variant<?>> args) {
            this.time = time;
            this.args = args;
        }
    }

    private BluezMock(PrivateBus bus, Process mock, DBusConnection connection, Path log) {
        this.bus = bus;
        this.mock = mock;
        this.connection = connection;
        this.log = log;
    }

    public static BluezMock start() throws IOException, DBusException {
        PrivateBus bus = PrivateBus.start();
        Path log = bus.dir().resolve("mock.log");
        ProcessBuilder pb = new ProcessBuilder("/usr/bin/python3", "-m", "dbusmock", "--system", "--template", "bluez5")
                .redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("DBUS_SYSTEM_BUS_ADDRESS", bus.address());
        Process mock = pb.start();
        DBusConnection c = DBusConnectionBuilder.forAddress(bus.address()).withShared(false).build();
        DBus dbus = c.getRemoteObject("org.freedesktop.DBus", "/org/freedesktop/DBus", DBus.class);
        BluezMock m = new BluezMock(bus, mock, c, log);
        if (!waitFor(Duration.ofSeconds(15), () -> dbus.NameHasOwner("org.bluez"))) {
            String output = Files.exists(log) ? Files.readString(log) : "";
            m.close();
            throw new IOException("python-dbusmock did not claim org.bluez within 15 s: " + output);
        }
        return m;
    }

    public String address() {
        return bus.address();
    }

    public static boolean waitFor(Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return condition.getAsBoolean();
    }

    private <T extends DBusInterface> T remote(String path, Class<T> type) {
        try {
            return connection.getRemoteObject("org.bluez", path, type);
        } catch (DBusException e) {
            throw new IllegalStateException(e);
        }
    }

    public void reset() {
        mock("/").Reset();
    }

    public BluezHelpers helpers() {
        return remote("/", BluezHelpers.class);
    }

    public Mock mock(String path) {
        return remote(path, Mock.class);
    }

    public Device1 device1(String path) {
        return remote(path, Device1.class);
    }

    public static String devicePath(String address) {
        return HCI0 + "/dev_" + address.replace(':', '_');
    }

    /** hci0, powered, with the A2DP source UUID an audio server would register (unless {@code audio} is false). */
    public String addAdapter(boolean powered, boolean audio) {
        String path = helpers().AddAdapter("hci0", "my-computer");
        List<String> uuids = audio ? List.of("0000110a-0000-1000-8000-00805f9b34fb", "0000110e-0000-1000-8000-00805f9b34fb")
                : List.of("0000110e-0000-1000-8000-00805f9b34fb");
        mock(path).UpdateProperties("org.bluez.Adapter1", Map.of("Powered", new Variant<>(powered),
                "UUIDs", new Variant<>(uuids, "as")));
        return path;
    }

    public String addDevice(String address, String name) {
        return helpers().AddDevice("hci0", address, name);
    }

    /** Makes {@code method} of Device1 on {@code path} raise a D-Bus error. */
    public void failing(String path, String method, String inSig, String errorName, String message) {
        mock(path).AddMethod("org.bluez.Device1", method, inSig, "",
                "raise dbus.exceptions.DBusException('" + message + "', name='" + errorName + "')");
    }

    public int calls(String path, String method) {
        return mock(path).GetMethodCalls(method).size();
    }

    public List<MethodCall> callsOf(String path, String method) {
        return mock(path).GetMethodCalls(method);
    }

    public Map<String, Variant<?>> properties(String path, String iface) {
        Map<DBusPath, Map<String, Map<String, Variant<?>>>> all = remote("/", ObjectManager.class).GetManagedObjects();
        return all.getOrDefault(new DBusPath(path), Map.of()).getOrDefault(iface, Map.of());
    }

    public boolean exists(String path) {
        return !properties(path, "org.bluez.Device1").isEmpty();
    }

    public boolean discovering() {
        Variant<?> v = properties(HCI0, "org.bluez.Adapter1").get("Discovering");
        return v != null && Boolean.TRUE.equals(v.getValue());
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (IOException ignored) {
            // shutting down
        }
        mock.destroy();
        try {
            mock.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        bus.close();
    }

    public Path log() {
        return log;
    }
}
