package org.pairdoctor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class VignettesCommandTest {
    static final String CASE = """
            kind: vignettes
            problem: headset-not-in-scan-list
            cases:
              - id: turned-on-not-pairing
                device: test-headset
                host: android
                cause: not-in-pairing-mode
                story: "Switched on, not in pairing mode."
                answers:
                  indicator-pattern: other
                fixes: [enter-pairing-mode]
                maxSteps: 3
            """;

    @TempDir
    Path tmp;

    Path minimalWith(String text) throws IOException {
        Path kb = KbCommandTest.copy(CliRun.minimalKnowledge(), tmp.resolve("knowledge"));
        Files.createDirectories(kb.resolve("vignettes"));
        Files.writeString(kb.resolve("vignettes/headset-not-in-scan-list.yaml"), text);
        return kb;
    }

    @Test
    void oneProblemsCasesArePrintedWithASummaryAndExitZero() {
        CliRun r = CliRun.of("vignettes", "--kb", CliRun.shippedKnowledge().toString(), "--problem", "two-devices");
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("PASS two-devices/laptop-video-and-phone-video (macos, cause wants-two-music-sources");
        assertThat(r.out().lines().reduce((a, b) -> b).orElseThrow())
                .matches(".*knowledge/vignettes: \\d+ cases: \\d+ passed, 0 failed.*\\(\\d+\\.\\d\\d s\\)");
        assertThat(r.exit()).isZero();
    }

    @Test
    void jsonGivesEveryCaseWithItsPathAndVerdict() throws IOException {
        CliRun r = CliRun.of("vignettes", "--kb", CliRun.shippedKnowledge().toString(), "--problem", "game-console",
                "--json");
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertThat(root.get("total").asInt()).isEqualTo(5);
        JsonNode first = root.get("cases").get(0);
        assertThat(first.get("case").asText()).isEqualTo("ps5-finds-nothing");
        assertThat(first.get("where").asText()).endsWith("game-console.yaml:4:5");
        assertThat(first.get("path").get(0).has("reply")).isTrue();
        assertThat(root.get("passedSuite").isBoolean()).isTrue();
        assertThat(root.get("seconds").isNumber()).isTrue();
    }

    @Test
    void aFailingCaseExitsOneWithThePathAndTheStep() throws IOException {
        Path kb = minimalWith(CASE.replace("fixes: [enter-pairing-mode]", "fixes: [factory-reset]")
                .replace("maxSteps: 3", "maxSteps: 1"));
        CliRun r = CliRun.of("vignettes", "--kb", kb.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("FAIL headset-not-in-scan-list/turned-on-not-pairing (android, cause not-in-pairing-mode, 1 step)")
                .contains(kb + "/vignettes/headset-not-in-scan-list.yaml:4:5: Switched on, not in pairing mode.")
                .contains("went wrong at step 2: no acceptable fix (factory-reset) within maxSteps 1");
    }

    @Test
    void anInvalidFileIsOneErrorPerLineWithItsPositionAndExitsOne() throws IOException {
        Path kb = minimalWith(CASE.replace("host: android", "host: andriod").replace("maxSteps: 3", "maxSteps: 99"));
        CliRun r = CliRun.of("vignettes", "--kb", kb.toString());
        assertThat(r.exit()).isEqualTo(1);
        String file = kb + "/vignettes/headset-not-in-scan-list.yaml";
        assertThat(r.err().lines()).containsExactly(
                file + ":12:15: 'maxSteps' is 99 but must be at most 40 (at cases.0.maxSteps)",
                kb + "/vignettes: 1 error");
        CliRun typo = CliRun.of("kb", "check", "--kb", minimalWith2(CASE.replace("host: android", "host: andriod")).toString());
        assertThat(typo.exit()).isEqualTo(1);
        assertThat(typo.err()).contains(":6:11: unknown host 'andriod'; did you mean 'android'?");
        assertThat(typo.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    private Path minimalWith2(String text) throws IOException {
        Path kb = KbCommandTest.copy(CliRun.minimalKnowledge(), tmp.resolve("knowledge2"));
        Files.createDirectories(kb.resolve("vignettes"));
        Files.writeString(kb.resolve("vignettes/headset-not-in-scan-list.yaml"), text);
        return kb;
    }

    @Test
    void kbCheckRunsTheVignettesAfterTheKnowledgeChecks() throws IOException {
        Path kb = minimalWith(CASE);
        CliRun r = CliRun.of("kb", "check", "--kb", kb.toString());
        assertThat(r.err()).isEmpty();
        assertThat(r.out().lines()).hasSize(3);
        assertThat(r.out().lines().toList().get(1)).isEqualTo(kb + ": devices: over-ear: test-headset");
        assertThat(r.out().lines().toList().get(2)).startsWith(kb + "/vignettes: 1 cases: 1 passed, 0 failed");
        assertThat(r.exit()).isZero();
    }

    @Test
    void kbCheckFailsLoudlyWhenAnAuthorBreaksAShippedCase() throws IOException {
        Path kb = KbCommandTest.copy(CliRun.shippedKnowledge(), tmp.resolve("shipped"));
        Path file = kb.resolve("vignettes/two-devices.yaml");
        // The author swaps the fix and tightens the limit: the person is no longer fixed within it.
        Files.writeString(file, Files.readString(file).replace("fixes: [connect-second-device]\n    maxSteps: 4",
                "fixes: [split-profiles]\n    maxSteps: 2"));
        CliRun r = CliRun.of("kb", "check", "--kb", kb.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).startsWith(kb + ": OK: ");
        assertThat(r.err()).contains("FAIL two-devices/second-phone-paired-not-connected (ios, cause second-device-not-connected")
                .contains(kb + "/vignettes/two-devices.yaml:")
                .contains("went wrong at step 3: no acceptable fix (split-profiles) within maxSteps 2")
                .contains(" failed");
    }

    @Test
    void anUnknownProblemOrDirectoryIsRefused() {
        CliRun r = CliRun.of("vignettes", "--kb", CliRun.shippedKnowledge().toString(), "--problem", "nope");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("unknown problem 'nope'; choose one of");
        assertThat(CliRun.of("vignettes", "--kb", tmp.resolve("missing").toString()).exit()).isEqualTo(2);
    }
}
