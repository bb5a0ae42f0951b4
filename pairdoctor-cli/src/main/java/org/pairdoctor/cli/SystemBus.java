package org.pairdoctor.cli;

import org.pairdoctor.bluez.BluezError;
import org.pairdoctor.bluez.BluezException;
import org.pairdoctor.bluez.dbus.DbusBluezClient;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The start-up check of {@code status} and {@code connect}: says within a second that there is no
 * D-Bus system bus, instead of leaving dbus-java to try for ten silent seconds. The bus's address
 * (as {@link DbusBluezClient#connectSystemBus} reads it, else the standard socket) is checked first:
 * a Unix socket must exist and accept a connection, a TCP one must answer within the timeout. Then
 * the connection itself must be made within {@link #ANSWER_WITHIN}.
 */
final class SystemBus {
    /** How long the bus may take to answer before we say it is not there. */
    static final Duration ANSWER_WITHIN = Duration.ofSeconds(1);
    /** Where the system bus listens when nothing says otherwise (the D-Bus specification's /var/run is a link to /run). */
    static final String STANDARD = "unix:path=/run/dbus/system_bus_socket;unix:path=/var/run/dbus/system_bus_socket";

    private SystemBus() {
    }

    /**
     * Connects to the system bus, or fails fast.
     *
     * @throws BluezException {@link BluezError#NO_BUS}, its reason naming the address and what is wrong
     */
    static DbusBluezClient connect() {
        String address = System.getProperty(DbusBluezClient.BUS_PROPERTY, System.getenv("DBUS_SYSTEM_BUS_ADDRESS"));
        String checked = address == null || address.isBlank() ? STANDARD : address;
        unreachable(checked, ANSWER_WITHIN).ifPresent(why -> {
            throw new BluezException(BluezError.NO_BUS, "no D-Bus system bus", why);
        });
        CompletableFuture<DbusBluezClient> connecting = CompletableFuture.supplyAsync(DbusBluezClient::connectSystemBus,
                r -> {
                    Thread t = new Thread(r, "system-bus-connect");
                    t.setDaemon(true);
                    t.start();
                });
        try {
            return connecting.get(ANSWER_WITHIN.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            connecting.thenAccept(DbusBluezClient::close); // if it ever answers, let go of it
            throw new BluezException(BluezError.NO_BUS, "no D-Bus system bus", "the D-Bus system bus at " + checked
                    + " did not answer within " + ANSWER_WITHIN.toMillis() + " ms");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof BluezException b) {
                throw b;
            }
            throw new BluezException(BluezError.NO_BUS, "no D-Bus system bus",
                    "cannot connect to the D-Bus system bus (" + e.getCause() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BluezException(BluezError.NO_BUS, "no D-Bus system bus", "interrupted while connecting");
        }
    }

    /**
     * Why none of the addresses in {@code address} (a D-Bus address list, ";"-separated) can be
     * reached; empty when one can, or when one is of a kind this check cannot try (abstract sockets).
     */
    static Optional<String> unreachable(String address, Duration timeout) {
        List<String> reasons = new ArrayList<>();
        for (String entry : address.split(";")) {
            if (entry.isBlank()) {
                continue;
            }
            Optional<String> why = check(entry.trim(), timeout);
            if (why.isEmpty()) {
                return Optional.empty();
            }
            reasons.add(why.get());
        }
        return reasons.isEmpty() ? Optional.of("no D-Bus address given") : Optional.of(String.join("; ", reasons));
    }

    private static Optional<String> check(String entry, Duration timeout) {
        int colon = entry.indexOf(':');
        String transport = colon < 0 ? entry : entry.substring(0, colon);
        Map<String, String> keys = keys(colon < 0 ? "" : entry.substring(colon + 1));
        if (transport.equals("unix") && keys.containsKey("path")) {
            Path socket = Path.of(keys.get("path"));
            if (!Files.exists(socket)) {
                return Optional.of("no D-Bus system bus: " + socket + " does not exist (is dbus running?)");
            }
            try (SocketChannel ch = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
                return Optional.empty();
            } catch (IOException | UnsupportedOperationException e) {
                return Optional.of("no D-Bus system bus: nothing accepts connections on " + socket + " ("
                        + e.getMessage() + ")");
            }
        }
        if (transport.equals("tcp") && keys.containsKey("port")) {
            String host = keys.getOrDefault("host", "localhost");
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(host, Integer.parseInt(keys.get("port"))), (int) timeout.toMillis());
                return Optional.empty();
            } catch (IOException | NumberFormatException e) {
                return Optional.of("no D-Bus system bus at " + entry + " (" + e.getMessage() + ")");
            }
        }
        return Optional.empty(); // abstract sockets and the rest: dbus-java tries them, within the timeout
    }

    private static Map<String, String> keys(String s) {
        Map<String, String> keys = new java.util.HashMap<>();
        for (String kv : s.split(",")) {
            int eq = kv.indexOf('=');
            if (eq > 0) {
                keys.put(kv.substring(0, eq), kv.substring(eq + 1));
            }
        }
        return keys;
    }
}
