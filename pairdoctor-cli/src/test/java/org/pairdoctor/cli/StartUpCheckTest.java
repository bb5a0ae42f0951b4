package org.pairdoctor.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pairdoctor.bluez.dbus.DbusBluezClient;
import org.pairdoctor.bluez.dbus.PrivateBus;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * `status` and `connect` say within a second that there is no system bus, or that bluetoothd is not on
 * it, instead of waiting silently (they used to take ten seconds). Timed in process, so the JVM's own
 * start is not counted; the launcher adds about half a second to that.
 */
class StartUpCheckTest {
    static final Duration WITHIN = Duration.ofSeconds(1);

    @TempDir
    Path dir;

    @AfterEach
    void clear() {
        System.clearProperty(DbusBluezClient.BUS_PROPERTY);
    }

    @Test
    void noSystemBusIsSaidWithinASecond() {
        System.setProperty(DbusBluezClient.BUS_PROPERTY, "unix:path=" + dir.resolve("system_bus_socket"));
        CliRun.of("status"); // classes loaded once, as a person's JVM has them when it gets here

        long t0 = System.nanoTime();
        CliRun status = CliRun.of("status");
        Duration statusTook = Duration.ofNanos(System.nanoTime() - t0);
        t0 = System.nanoTime();
        CliRun connect = CliRun.of("connect", "--assume-ready", "--no-troubleshoot");
        Duration connectTook = Duration.ofNanos(System.nanoTime() - t0);

        assertThat(status.exit()).isEqualTo(1);
        assertThat(status.err()).contains("no D-Bus system bus").contains("does not exist").doesNotContain("Exception");
        assertThat(connect.exit()).isEqualTo(1);
        assertThat(connect.out()).contains("Cannot reach BlueZ over D-Bus.").contains("does not exist");
        assertThat(statusTook).as("status").isLessThan(WITHIN);
        assertThat(connectTook).as("connect").isLessThan(WITHIN);
    }

    @Test
    void aSocketNobodyListensOnIsNoBusEither() throws Exception {
        Path stale = dir.resolve("stale_socket");
        try (var ch = java.nio.channels.ServerSocketChannel.open(java.net.StandardProtocolFamily.UNIX)) {
            ch.bind(java.net.UnixDomainSocketAddress.of(stale));
        } // closed: the file stays, nobody accepts
        System.setProperty(DbusBluezClient.BUS_PROPERTY, "unix:path=" + stale);

        long t0 = System.nanoTime();
        CliRun status = CliRun.of("status");

        assertThat(status.err()).contains("nothing accepts connections on " + stale);
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(WITHIN.multipliedBy(2));
    }

    @Test
    void aBusWithoutBluetoothdIsSaidWithinASecond() throws Exception {
        try (PrivateBus bus = PrivateBus.start()) {
            System.setProperty(DbusBluezClient.BUS_PROPERTY, bus.address());
            CliRun.of("status");

            long t0 = System.nanoTime();
            CliRun status = CliRun.of("status");
            Duration took = Duration.ofNanos(System.nanoTime() - t0);

            assertThat(status.exit()).isEqualTo(1);
            assertThat(status.err()).contains("bluetoothd is not running").contains("systemctl enable --now bluetooth");
            assertThat(took).isLessThan(WITHIN);
        }
    }
}
