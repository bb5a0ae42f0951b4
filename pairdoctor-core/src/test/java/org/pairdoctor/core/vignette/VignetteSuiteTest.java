package org.pairdoctor.core.vignette;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pairdoctor.core.knowledge.KnowledgeBase;
import org.pairdoctor.core.knowledge.KnowledgeError;
import org.pairdoctor.core.knowledge.KnowledgeException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Loading vignettes files: every error at its line and column, against a copy of the minimal knowledge base. */
class VignetteSuiteTest {
    static final String FILE = "vignettes/headset-not-in-scan-list.yaml";
    static final String GOOD = """
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
    private int copies;

    Path kb() {
        try {
            Path from = Path.of(getClass().getResource("/kb/minimal/sources.yaml").toURI()).getParent();
            Path to = tmp.resolve("knowledge-" + copies++);
            try (Stream<Path> files = Files.walk(from)) {
                for (Path f : files.toList()) {
                    Path target = to.resolve(from.relativize(f).toString());
                    if (Files.isDirectory(f)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(f, target);
                    }
                }
            }
            Files.createDirectories(to.resolve("vignettes"));
            return to;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes the file and loads the suite; the errors as strings, with the temp path cut off. */
    List<String> errors(String file, String text) throws IOException {
        Path kb = kb();
        Files.writeString(kb.resolve(file), text);
        KnowledgeException e = catchThrowableOfType(KnowledgeException.class,
                () -> VignetteSuite.load(kb, KnowledgeBase.load(kb)));
        assertThat(e).as("expected errors").isNotNull();
        return e.errors().stream().map(KnowledgeError::toString).map(s -> s.replace(kb.toString(), "kb")).toList();
    }

    @Test
    void aValidFileGivesItsCasesWithDefaultsAndTheirPositions() throws IOException {
        Path kb = kb();
        Files.writeString(kb.resolve(FILE), GOOD);
        VignetteSuite suite = VignetteSuite.load(kb, KnowledgeBase.load(kb));
        assertThat(suite.size()).isEqualTo(1);
        VignetteCase c = suite.vignettes().get(0).cases().get(0);
        assertThat(c.name()).isEqualTo("headset-not-in-scan-list/turned-on-not-pairing");
        assertThat(c.answers()).isEqualTo(Map.of("indicator-pattern", "other"));
        assertThat(c.mistakes()).isEmpty();
        assertThat(c.mustNotEscalate()).isTrue();
        assertThat(c.where()).isEqualTo(kb + "/" + FILE + ":4:5");
        assertThat(suite.knownFailures()).isEmpty();
    }

    @Test
    void noVignettesFolderIsAnEmptySuite() {
        Path kb = tmp.resolve("k");
        assertThat(VignetteSuite.load(kb, null).size()).isZero();
    }

    @Test
    void unknownIdsAreReportedAtTheirValuesWithTheClosestMatch() throws IOException {
        List<String> errors = errors(FILE, """
                kind: vignettes
                problem: headset-not-in-scan-list
                cases:
                  - id: typos
                    device: test-headsett
                    host: andriod
                    cause: not-in-pairing-mod
                    story: "Typos everywhere."
                    answers:
                      indicator-patern: other
                    mistakes:
                      indicator-pattern: blinking
                    fixes: [enter-paring-mode]
                    maxSteps: 3
                """);
        String f = "kb/" + FILE;
        assertThat(errors).containsExactly(
                f + ":5:13: unknown device 'test-headsett'; did you mean 'test-headset'? (one of: test-headset)",
                f + ":6:11: unknown host 'andriod'; did you mean 'android'? (one of: android, android-samsung, linux, "
                        + "linux-bluetoothctl)",
                f + ":7:12: unknown cause of problem 'headset-not-in-scan-list' 'not-in-pairing-mod'; did you mean "
                        + "'not-in-pairing-mode'? (one of: not-in-pairing-mode, battery-optimisation, audio-server-down, unknown)",
                f + ":10:7: unknown question of problem 'headset-not-in-scan-list' 'indicator-patern'; did you mean "
                        + "'indicator-pattern'? (one of: indicator-pattern)",
                f + ":12:26: unknown answer of question 'indicator-pattern' 'blinking' (one of: flashes-twice-repeatedly, other)",
                f + ":13:13: unknown action of problem 'headset-not-in-scan-list' 'enter-paring-mode'; did you mean "
                        + "'enter-pairing-mode'? (one of: enter-pairing-mode, forget-and-retry, restart-audio-server, factory-reset)");
    }

    @Test
    void anUnknownProblemAndAFileNamedAfterAnotherProblemAreErrors() throws IOException {
        assertThat(errors(FILE, GOOD.replace("problem: headset-not-in-scan-list", "problem: headset-not-in-scanlist")))
                .containsExactly("kb/" + FILE + ":2:10: unknown problem 'headset-not-in-scanlist'; did you mean "
                        + "'headset-not-in-scan-list'? (one of: first-time-pairing, headset-not-in-scan-list)");
        assertThat(errors("vignettes/first-time-pairing.yaml", GOOD)).containsExactly(
                "kb/vignettes/first-time-pairing.yaml:2:10: problem 'headset-not-in-scan-list' does not match the file "
                        + "name 'first-time-pairing': name the file headset-not-in-scan-list.yaml");
    }

    @Test
    void numbersOutOfRangeMissingFieldsAndUnknownKeysAreSchemaErrors() throws IOException {
        String f = "kb/" + FILE;
        assertThat(errors(FILE, GOOD.replace("maxSteps: 3", "maxSteps: 0")))
                .containsExactly(f + ":12:15: 'maxSteps' is 0 but must be at least 1 (at cases.0.maxSteps)");
        assertThat(errors(FILE, GOOD.replace("maxSteps: 3", "maxSteps: 3.5")))
                .containsExactly(f + ":12:15: expected a whole number but found 3.5 (at cases.0.maxSteps)");
        assertThat(errors(FILE, GOOD.replace("    story: \"Switched on, not in pairing mode.\"\n", "")))
                .containsExactly(f + ":4:5: missing required key 'story' (at cases.0)");
        assertThat(errors(FILE, GOOD.replace("    answers:", "    answer:"))).singleElement().asString()
                .startsWith(f + ":9:5: unknown key 'answer'; did you mean 'answers'?");
        assertThat(errors(FILE, GOOD.replace("kind: vignettes", "kind: vignette")))
                .containsExactly(f + ":1:7: kind must be 'vignettes' in this file (found 'vignette')");
        assertThat(errors(FILE, GOOD + "  - id: second\n")).hasSize(5)
                .allSatisfy(e -> assertThat(e).startsWith(f + ":13:5: missing required key '"));
    }

    @Test
    void aCaseMustBeAbleToEndAsItSays() throws IOException {
        String f = "kb/" + FILE;
        assertThat(errors(FILE, GOOD.replace("host: android", "host: linux")
                .replace("fixes: [enter-pairing-mode]", "fixes: [restart-audio-server]")))
                .containsExactly(f + ":11:13: action 'restart-audio-server' never fixes cause 'not-in-pairing-mode' "
                        + "in the model (P(fix) = 0): either the case or the problem's numbers are wrong");
        assertThat(errors(FILE, GOOD.replace("cause: not-in-pairing-mode", "cause: audio-server-down")
                .replace("fixes: [enter-pairing-mode]", "fixes: [restart-audio-server]")))
                .containsExactly(f + ":11:13: action 'restart-audio-server' is not offered on host 'android' (its "
                        + "onlyFor leaves it out), so it can never fix this case");
        assertThat(errors(FILE, GOOD.replace("fixes: [enter-pairing-mode]", "fixes: []")))
                .containsExactly(f + ":11:12: a case with fixes: [] can only end by escalation: write "
                        + "mustNotEscalate: false (escalation is the right advice), or name the actions that fix it");
        assertThat(errors(FILE, GOOD.replace("maxSteps: 3", "maxSteps: 3\n    mustNotEscalate: false")))
                .containsExactly(f + ":13:22: mustNotEscalate: false needs fixes: [] (a person whom an action fixes "
                        + "must not be sent to support)");
    }

    @Test
    void duplicateCasesAndAQuestionBothAnsweredAndMistakenAreErrors() throws IOException {
        String f = "kb/" + FILE;
        String twice = GOOD + GOOD.substring(GOOD.indexOf("  - id:"));
        assertThat(errors(FILE, twice)).containsExactly(f + ":13:9: duplicate case id 'turned-on-not-pairing' "
                + "(first defined at " + f + ":4:9)");
        assertThat(errors(FILE, GOOD.replace("    fixes:", "    mistakes:\n      indicator-pattern: flashes-twice-repeatedly\n    fixes:")))
                .containsExactly(f + ":12:7: question 'indicator-pattern' is both in answers and in mistakes; keep it in "
                        + "one (mistakes win)");
    }

    @Test
    void theKnownFailuresListMayOnlyNameCases() throws IOException {
        Path kb = kb();
        Files.writeString(kb.resolve(FILE), GOOD);
        Files.writeString(kb.resolve("vignettes/KNOWN-FAILURES"), """
                # why: the engine escalates
                headset-not-in-scan-list/turned-on-not-pairing   escalates at step 2

                headset-not-in-scan-list/no-such-case
                """);
        KnowledgeBase base = KnowledgeBase.load(kb);
        assertThatThrownBy(() -> VignetteSuite.load(kb, base)).isInstanceOf(KnowledgeException.class)
                .hasMessageContaining(kb + "/vignettes/KNOWN-FAILURES:4:1: 'headset-not-in-scan-list/no-such-case' "
                        + "is not a case");
        Files.writeString(kb.resolve("vignettes/KNOWN-FAILURES"), "headset-not-in-scan-list/turned-on-not-pairing\n");
        assertThat(VignetteSuite.load(kb, base).knownFailures())
                .containsExactly("headset-not-in-scan-list/turned-on-not-pairing");
    }

    @Test
    void theKnowledgeLoaderAcceptsTheVignettesFolderEvenWhenACaseIsBrokenButNotAFolderDeeperInIt() throws IOException {
        Path kb = kb();
        Files.writeString(kb.resolve(FILE), GOOD.replace("host: android", "host: nowhere"));
        assertThat(KnowledgeBase.load(kb).problems()).hasSize(2);
        // one level of folders is a device's vignettes (the suite checks the folder names a device) ...
        Files.createDirectories(kb.resolve("vignettes/old"));
        Files.writeString(kb.resolve("vignettes/old/x.yaml"), GOOD);
        assertThat(KnowledgeBase.load(kb).problems()).hasSize(2);
        // ... a second level is not
        Files.createDirectories(kb.resolve("vignettes/old/older"));
        Files.writeString(kb.resolve("vignettes/old/older/x.yaml"), GOOD);
        assertThatThrownBy(() -> KnowledgeBase.load(kb)).isInstanceOf(KnowledgeException.class)
                .hasMessageContaining("vignettes/old/older/x.yaml:0:0: unexpected file");
    }

    @Test
    void aDevicesFolderGivesItsCasesThatDevice() throws IOException {
        Path kb = kb();
        Files.createDirectories(kb.resolve("vignettes/test-headset"));
        Files.writeString(kb.resolve("vignettes/test-headset/headset-not-in-scan-list.yaml"),
                GOOD.replace("    device: test-headset\n", ""));
        VignetteSuite suite = VignetteSuite.load(kb, KnowledgeBase.load(kb));
        assertThat(suite.vignettes()).singleElement().satisfies(v -> {
            assertThat(v.path()).endsWith("vignettes/test-headset/headset-not-in-scan-list.yaml");
            assertThat(v.cases()).singleElement().extracting(VignetteCase::device).isEqualTo("test-headset");
        });
        // the loader does not take the folder for an unexpected file
        assertThat(KnowledgeBase.load(kb).devices()).hasSize(1);
    }

    @Test
    void aFolderNamedAfterNoDeviceIsAnError() throws IOException {
        Path kb = kb();
        Files.createDirectories(kb.resolve("vignettes/test-headst"));
        Files.writeString(kb.resolve("vignettes/test-headst/headset-not-in-scan-list.yaml"), GOOD);
        KnowledgeException e = catchThrowableOfType(KnowledgeException.class,
                () -> VignetteSuite.load(kb, KnowledgeBase.load(kb)));
        assertThat(e).isNotNull();
        assertThat(e.errors()).extracting(KnowledgeError::toString).anySatisfy(x -> assertThat(x)
                .endsWith("vignettes/test-headst:0:0: no device 'test-headst': a folder under vignettes/ is named "
                        + "after a device id (one of test-headset)"));
    }

    @Test
    void aCaseNameUsedInTwoFoldersIsAnError() throws IOException {
        Path kb = kb();
        Files.writeString(kb.resolve(FILE), GOOD);
        Files.createDirectories(kb.resolve("vignettes/test-headset"));
        Files.writeString(kb.resolve("vignettes/test-headset/headset-not-in-scan-list.yaml"), GOOD);
        KnowledgeException e = catchThrowableOfType(KnowledgeException.class,
                () -> VignetteSuite.load(kb, KnowledgeBase.load(kb)));
        assertThat(e).isNotNull();
        assertThat(e.errors()).anySatisfy(x -> assertThat(x.message())
                .contains("case 'headset-not-in-scan-list/turned-on-not-pairing' is also defined at"));
    }
}
