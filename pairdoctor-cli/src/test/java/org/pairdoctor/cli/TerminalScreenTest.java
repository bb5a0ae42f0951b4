package org.pairdoctor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a person sees: `pairdoctor diagnose` in a real tmux window 60 and 100 columns wide, driven with
 * keys (Ctrl-C included), the screen captured as tmux shows it. No line is wrapped by the terminal
 * (every line fits, so no word is cut at the edge), a shell command stands on a line of its own, the
 * title and answer keys are bold and commands coloured (none of it under NO_COLOR), and Ctrl-C, at a
 * step or at a menu, leaves cleanly; a session left with Ctrl-C continues with --session in the
 * terminal and in the browser's API on a server sharing the database.
 */
class TerminalScreenTest {
    static final Pattern SESSION = Pattern.compile("Session ([A-Za-z0-9_-]{20,})");
    static final String ESC = "\u001b[";

    @TempDir
    Path dir;

    List<String> diagnose(String... more) {
        List<String> args = new ArrayList<>(List.of("diagnose", "--data", dir.resolve("data").toString(),
                "--kb", CliRun.shippedKnowledge().toString()));
        args.addAll(List.of(more));
        return args;
    }

    @ParameterizedTest
    @ValueSource(ints = {60, 100})
    void aStepFitsTheWindowAndCtrlCPausesASessionThatSessionContinues(int width) throws Exception {
        try (Tmux tmux = new Tmux()) {
            tmux.start("a", width, List.of(), diagnose("--device", "sony-wh-1000xm2", "--host", "linux-gnome",
                    "--problem", "linux-profile-unavailable").toArray(String[]::new));
            String first = tmux.await("a", "answer [1-");
            String id = id(first);
            tmux.keys("a", "1", "Enter");
            String second = tmux.await("a", "step 2 and its answers", s -> s.contains("Step 2 ·")
                    && s.lastIndexOf("answer [1-") > s.indexOf("Step 2 ·"));
            save(tmux.screen("a"), width);

            assertThat(lines(tmux.joined("a"))).as("lines the terminal had to wrap (too wide):%n%s", second)
                    .isEqualTo(lines(second));
            assertThat(Arrays.stream(second.split("\n"))).as("the command on a line of its own")
                    .anyMatch(l -> l.matches(" +systemctl --user enable --now pipewire.*"));
            String styled = tmux.styled("a");
            assertThat(styled).as("bold title and keys, coloured commands").contains(ESC + "1m").contains(ESC + "36m");

            tmux.keys("a", "C-c");
            String paused = tmux.await("a", "EXIT=");
            assertThat(paused).contains("Paused. Your answers are kept").contains("EXIT=1")
                    .doesNotContain("Exception").doesNotContain("Interrupted");
            assertThat(lines(tmux.joined("a"))).isEqualTo(lines(paused));

            tmux.start("b", width, List.of(), diagnose("--session", id).toArray(String[]::new));
            String resumed = tmux.await("b", "answer [1-");
            assertThat(resumed).as("continues at the step it was left on").contains("Step 2 ·")
                    .doesNotContain("Step 1 ·");
            tmux.keys("b", "q", "Enter");
            assertThat(tmux.await("b", "EXIT=")).contains("Paused.").contains("EXIT=1");
        }
    }

    @Test
    void ctrlCAtAMenuLeavesCleanlyAndNoColorMeansNoEscapes() throws Exception {
        try (Tmux tmux = new Tmux()) {
            tmux.start("m", 80, List.of("NO_COLOR=1"), diagnose().toArray(String[]::new));
            tmux.await("m", "Which headset?");
            tmux.await("m", "headset [1-");
            assertThat(tmux.styled("m")).doesNotContain(ESC + "1m").doesNotContain(ESC + "36m");
            tmux.keys("m", "C-c");
            String left = tmux.await("m", "EXIT=");
            assertThat(left).contains("Stopped before a session was started").contains("EXIT=1")
                    .doesNotContain("Exception").doesNotContain("Interrupted").doesNotContain("pairdoctor: unexpected");
        }
    }

    @Test
    void aSessionLeftWithCtrlCContinuesInTheBrowserAndThenInTheTerminal() throws Exception {
        String id;
        String title;
        try (Tmux tmux = new Tmux()) {
            tmux.start("a", 100, List.of(), diagnose("--device", "sony-wh-1000xm2", "--host", "linux-gnome",
                    "--problem", "linux-profile-unavailable").toArray(String[]::new));
            id = id(tmux.await("a", "answer [1-"));
            tmux.keys("a", "1", "Enter");
            String second = tmux.await("a", "step 2", s -> s.contains("Step 2 ·") && s.lastIndexOf("answer [1-")
                    > s.indexOf("Step 2 ·"));
            List<String> lines = Arrays.asList(second.split("\n"));
            title = lines.get(lines.indexOf(lines.stream().filter(l -> l.startsWith("Step 2 ·")).findFirst()
                    .orElseThrow()) + 1).strip();
            tmux.keys("a", "C-c");
            assertThat(tmux.await("a", "EXIT=")).contains("Paused.");
        }

        Process serve = serve();
        try {
            String base = url(serve);
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "s/" + id)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).doesNotContain("Session ended");
            JsonNode s = new ObjectMapper().readTree(http.send(HttpRequest.newBuilder(URI.create(base + "api/sessions/"
                    + id)).GET().build(), HttpResponse.BodyHandlers.ofString()).body());
            assertThat(s.at("/step/title").asText()).as("the browser shows the step the terminal left").isEqualTo(title);
            HttpResponse<String> answered = http.send(HttpRequest.newBuilder(URI.create(base + "api/sessions/" + id
                    + "/answers")).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                    "{\"step\":\"" + s.at("/step/id").asText() + "\",\"reply\":\"skipped\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
        } finally {
            serve.destroy();
            serve.waitFor(30, TimeUnit.SECONDS);
        }

        try (Tmux tmux = new Tmux()) {
            tmux.start("b", 100, List.of(), diagnose("--session", id).toArray(String[]::new));
            assertThat(tmux.await("b", "answer [1-")).as("the terminal continues after the browser's answer")
                    .contains("Step 3 ·");
            tmux.keys("b", "q", "Enter");
            tmux.await("b", "EXIT=1");
        }
    }

    static String id(String screen) {
        Matcher m = SESSION.matcher(screen);
        assertThat(m.find()).as("the session id on the screen:%n%s", screen).isTrue();
        return m.group(1);
    }

    /** The screen's lines up to the last one with text (tmux pads the window with empty ones). */
    static List<String> lines(String screen) {
        return Arrays.stream(screen.stripTrailing().split("\n")).map(String::stripTrailing).toList();
    }

    /** Keeps the capture beside the test reports, to look at. */
    static void save(String screen, int width) throws java.io.IOException {
        Path out = Path.of("target", "screens", "diagnose-" + width + ".txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, screen.stripTrailing() + "\n");
    }

    Process serve() throws Exception {
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), "org.pairdoctor.cli.Main", "serve", "--port", "0",
                "--no-rate-limits", "--kb", CliRun.shippedKnowledge().toString(), "--data", dir.resolve("data").toString())
                .redirectErrorStream(true).start();
    }

    static String url(Process p) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        Pattern serving = Pattern.compile("serving on (http://\\S+/)");
        long deadline = System.nanoTime() + Tmux.PATIENCE.toNanos();
        StringBuilder seen = new StringBuilder();
        String line;
        while (System.nanoTime() < deadline && (line = out.readLine()) != null) {
            seen.append(line).append('\n');
            Matcher m = serving.matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> {
                    try {
                        out.lines().forEach(l -> { });
                    } catch (java.io.UncheckedIOException closed) {
                        // the server was stopped: nothing more to read
                    }
                }, "serve-output");
                drain.setDaemon(true);
                drain.start();
                return m.group(1);
            }
        }
        p.destroyForcibly();
        throw new AssertionError("serve did not start:\n" + seen);
    }
}
