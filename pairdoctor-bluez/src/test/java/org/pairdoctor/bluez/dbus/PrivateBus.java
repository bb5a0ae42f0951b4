package org.pairdoctor.bluez.dbus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** A private {@code dbus-daemon} on a socket in a temporary directory; closed by its own process handle. */
public final class PrivateBus implements AutoCloseable {
    private final Process daemon;
    private final Path dir;
    private final String address;

    private PrivateBus(Process daemon, Path dir, String address) {
        this.daemon = daemon;
        this.dir = dir;
        this.address = address;
    }

    public static PrivateBus start() throws IOException {
        Path dir = Files.createTempDirectory("pairdoctor-bus");
        Process p = new ProcessBuilder("dbus-daemon", "--session", "--nofork", "--nopidfile", "--print-address=1",
                "--address=unix:path=" + dir.resolve("bus")).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        if (line == null || line.isBlank()) {
            p.destroy();
            throw new IOException("dbus-daemon printed no address");
        }
        return new PrivateBus(p, dir, line.trim());
    }

    public String address() {
        return address;
    }

    public Path dir() {
        return dir;
    }

    @Override
    public void close() {
        daemon.destroy();
        try {
            daemon.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
