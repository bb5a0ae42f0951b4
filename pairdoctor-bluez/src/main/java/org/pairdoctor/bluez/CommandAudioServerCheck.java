package org.pairdoctor.bluez;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Asks {@code pactl} (PulseAudio, or PipeWire's pipewire-pulse) which server runs and whether a
 * Bluetooth module is loaded. Each command gets {@code timeout}; a missing or hanging command
 * means "cannot tell", never an error.
 */
public final class CommandAudioServerCheck implements AudioServerCheck {
    private final Duration timeout;

    public CommandAudioServerCheck(Duration timeout) {
        this.timeout = timeout;
    }

    @Override
    public AudioServer check() {
        Optional<String> info = run(List.of("pactl", "info"));
        if (info.isEmpty()) {
            Optional<String> wp = run(List.of("wpctl", "status"));
            if (wp.isPresent()) {
                return new AudioServer(AudioServer.Kind.PIPEWIRE, null, "wpctl answers; pactl is missing");
            }
            return new AudioServer(AudioServer.Kind.NONE, null, "neither pactl nor wpctl reached a sound server");
        }
        String server = info.get().lines().filter(l -> l.startsWith("Server Name:"))
                .map(l -> l.substring("Server Name:".length()).trim()).findFirst().orElse("");
        if (server.contains("PipeWire")) {
            // pipewire-pulse lists no Bluetooth module; the bluez5 SPA plugin is loaded by WirePlumber.
            Optional<String> wp = run(List.of("wpctl", "status"));
            return new AudioServer(AudioServer.Kind.PIPEWIRE, null, "sound server: " + server
                    + (wp.isPresent() ? "" : "; wpctl is missing (is WirePlumber installed?)"));
        }
        if (server.contains("pulseaudio") || server.contains("PulseAudio")) {
            Optional<String> modules = run(List.of("pactl", "list", "modules", "short"));
            Boolean bluetooth = modules.map(m -> m.contains("module-bluetooth") || m.contains("module-bluez5"))
                    .orElse(null);
            return new AudioServer(AudioServer.Kind.PULSEAUDIO, bluetooth, "sound server: " + server);
        }
        return AudioServer.unknown("sound server: " + (server.isEmpty() ? "unknown" : server));
    }

    private Optional<String> run(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getOutputStream().close();
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                return Optional.empty();
            }
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return p.exitValue() == 0 ? Optional.of(out) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
