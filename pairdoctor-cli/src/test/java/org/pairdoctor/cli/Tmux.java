package org.pairdoctor.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A real tmux server of its own (a private socket), running the real {@code pairdoctor} main class in
 * a window of a given size, for tests that look at the screen a person sees. Closing kills the server.
 */
final class Tmux implements AutoCloseable {
    /** A cold JVM on a busy 2-core machine can take a while; a screen that never comes fails after this. */
    static final Duration PATIENCE = Duration.ofSeconds(120);

    private final String socket = "pairdoctor-test-" + UUID.randomUUID();

    /**
     * Starts {@code pairdoctor ARGS} in a new window {@code width} columns wide; when it ends, the window
     * shows "EXIT=code" and stays open.
     *
     * @param env extra environment, e.g. "NO_COLOR=1"; NO_COLOR is otherwise unset
     */
    void start(String name, int width, List<String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("env", "-u", "NO_COLOR", "-u", "COLUMNS"));
        command.addAll(env);
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.pairdoctor.cli.Main"));
        command.addAll(List.of(args));
        String shell = String.join(" ", command.stream().map(Tmux::quote).toList()) + "; echo EXIT=$?; sleep 3600";
        tmux("new-session", "-d", "-s", name, "-x", String.valueOf(width), "-y", "200", shell);
    }

    void keys(String name, String... keys) throws IOException, InterruptedException {
        List<String> a = new ArrayList<>(List.of("send-keys", "-t", name));
        a.addAll(List.of(keys));
        tmux(a.toArray(String[]::new));
    }

    /** The window's text, lines as the terminal shows them (a line the terminal wrapped is two lines). */
    String screen(String name) throws IOException, InterruptedException {
        return tmux("capture-pane", "-p", "-S", "-", "-E", "-", "-t", name);
    }

    /** The same with lines the terminal wrapped joined again: it differs from {@link #screen} only if some line was too wide. */
    String joined(String name) throws IOException, InterruptedException {
        return tmux("capture-pane", "-p", "-J", "-S", "-", "-E", "-", "-t", name);
    }

    /** The window's text with its colour and emphasis as escape sequences. */
    String styled(String name) throws IOException, InterruptedException {
        return tmux("capture-pane", "-p", "-e", "-S", "-", "-E", "-", "-t", name);
    }

    /** Waits until the screen satisfies {@code ready}; fails with the screen after {@link #PATIENCE}. */
    String await(String name, String what, Predicate<String> ready) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        String s = "";
        while (System.nanoTime() < deadline) {
            s = screen(name);
            if (ready.test(s)) {
                return s;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the screen never showed " + what + " within " + PATIENCE.toSeconds() + " s:\n" + s);
    }

    String await(String name, String text) throws IOException, InterruptedException {
        return await(name, "'" + text + "'", s -> s.contains(text));
    }

    private String tmux(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("tmux", "-L", socket));
        cmd.addAll(List.of(args));
        Process p;
        try {
            p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IOException("tmux is needed for the screen tests (.ci/run installs it): " + e.getMessage(), e);
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("tmux " + String.join(" ", args) + " failed: " + out);
        }
        return out;
    }

    static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            tmux("kill-server");
        } catch (IOException e) {
            // already gone
        }
    }
}
