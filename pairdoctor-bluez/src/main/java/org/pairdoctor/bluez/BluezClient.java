package org.pairdoctor.bluez;

import java.util.List;
import java.util.function.Predicate;

/**
 * Port: the narrow part of BlueZ the connector uses. Failed calls throw {@link BluezException}
 * with the D-Bus error name and BlueZ's reason; nothing else escapes. Implementations: the D-Bus
 * adapter ({@code org.pairdoctor.bluez.dbus.DbusBluezClient}) and in-memory fakes in tests.
 * Implementations are thread-safe; change listeners are called on another thread.
 */
public interface BluezClient extends AutoCloseable {
    /** True when bluetoothd owns {@code org.bluez} on the bus. */
    boolean serviceRunning();

    List<BluetoothAdapter> adapters();

    /** Every device BlueZ knows (paired ones and those seen by discovery). */
    List<BluetoothDevice> devices();

    void setPowered(String adapterPath, boolean powered);

    /** Sets a discovery filter for classic (BR/EDR) devices only, then starts discovery. */
    void startClassicDiscovery(String adapterPath);

    void stopDiscovery(String adapterPath);

    void pair(String devicePath);

    void setTrusted(String devicePath, boolean trusted);

    void connect(String devicePath);

    void connectProfile(String devicePath, String uuid);

    /** Removes the device and its bond (link keys). */
    void removeDevice(String adapterPath, String devicePath);

    /**
     * Registers a NoInputNoOutput pairing agent as the default agent. It accepts just-works
     * pairing and service authorisation for devices that {@code accept} admits, and refuses the
     * rest. Closing the registration unregisters the agent.
     */
    Registration registerAgent(Predicate<String> accept);

    /** Calls {@code listener} whenever an object appears or a property changes. */
    Registration onChange(Runnable listener);

    @Override
    void close();

    /** Something to undo; closing twice is harmless. */
    interface Registration extends AutoCloseable {
        @Override
        void close();
    }
}
