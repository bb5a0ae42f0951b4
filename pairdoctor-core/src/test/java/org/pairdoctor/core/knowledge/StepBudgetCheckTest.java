package org.pairdoctor.core.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The step budget of {@code kb check} ({@link StepBudgetCheck}) and the printable guide's sections
 * ({@link GuideCheck}): each test breaks a copy of the minimal knowledge base in one place and checks
 * the message and the file, line and column it names.
 */
class StepBudgetCheckTest {
    private static final String FIRST = "problems/first-time-pairing.yaml";
    private static final String DEVICE = "devices/test-headset.yaml";
    /** The last instruction of action 'pair' (line 25 of the fixture). */
    private static final String LAST_LINE = "      - text: \"Select {scanName}.\"\n";

    @TempDir
    Path tmp;

    private Path kb() {
        Path dir = tmp.resolve("knowledge");
        if (!Files.exists(dir)) {
            KnowledgeFixtures.copyOfMinimal(dir);
        }
        return dir;
    }

    private StepBudgetCheckTest edit(String file, String from, String to) {
        Path f = kb().resolve(file);
        try {
            String text = Files.readString(f);
            assertThat(text).as("fixture %s", file).contains(from);
            int i = text.indexOf(from);
            Files.writeString(f, text.substring(0, i) + to + text.substring(i + from.length()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    private List<KnowledgeError> errors() {
        KnowledgeException e = catchThrowableOfType(KnowledgeException.class, () -> KnowledgeBase.load(kb()));
        assertThat(e).as("the knowledge base should be invalid").isNotNull();
        return e.errors();
    }

    private static void assertError(List<KnowledgeError> errors, String file, int line, int column, String... parts) {
        assertThat(errors).as("errors").anySatisfy(e -> {
            assertThat(e.path()).endsWith("knowledge/" + file);
            assertThat(e.line()).isEqualTo(line);
            assertThat(e.column()).isEqualTo(column);
            assertThat(e.message()).contains(parts);
        });
    }

    @Test
    void aStepOfSevenLinesIsReportedAtTheActionWithWhereItsLinesComeFrom() {
        List<KnowledgeError> errors = edit(FIRST, LAST_LINE, LAST_LINE
                + "      - text: \"Wait for the chime.\"\n      - text: \"Put the headset on.\"\n").errors();
        assertThat(errors).hasSize(1);
        assertError(errors, FIRST, 17, 5, "action 'pair' shows 7 lines for host android and device test-headset",
                "at most 6", "3 from host procedure 'open-bluetooth-settings' (", "hosts/android.yaml:8:9)",
                "1 from device procedure 'power-on' (", "(too long for host android)");
        assertThat(errors.get(0).toString()).matches(".*knowledge/problems/first-time-pairing\\.yaml:17:5: "
                + "action 'pair' shows 7 lines .*");
    }

    @Test
    void aNearDuplicateLineIsReportedWhereItIsWrittenNamingTheLineItRepeats() {
        List<KnowledgeError> errors = edit(FIRST, LAST_LINE, "      - text: \"Select {scanName} in the Bluetooth list.\"\n"
                + "      - text: \"Choose {scanName} in the Bluetooth list, then wait.\"\n").errors();
        assertThat(errors).hasSize(1);
        assertError(errors, FIRST, 26, 9, "line 'Choose TH-1 in the Bluetooth list, then wait.' repeats line "
                + "'Select TH-1 in the Bluetooth list.' (", "first-time-pairing.yaml:25:9) of the same step",
                "in first-time-pairing action 'pair'", "hosts android, android-samsung, generic, linux");
    }

    @Test
    void aRepeatedLineInADeviceProcedureIsReportedInTheDeviceFile() {
        List<KnowledgeError> errors = edit(DEVICE, "\"Press and hold the POWER button for about 2 seconds.\"]",
                "\"Press and hold the POWER button for about 2 seconds.\", \"Press and hold POWER for about 2 seconds.\"]")
                .errors();
        assertError(errors, DEVICE, 20, 69, "repeats line 'Press and hold the POWER button for about 2 seconds.'",
                "test-headset.yaml:20:13)");
    }

    @Test
    void aBranchNumberedAsAStepIsReportedUnlessMarkedAlternative() {
        String branch = "      - text: \"If it does not appear, restart the phone.\"\n";
        assertError(edit(FIRST, LAST_LINE, LAST_LINE + branch).errors(), FIRST, 26, 9,
                "a branch is written as a step: 'If it does not appear, restart the phone.'", "alternative: true");
    }

    @Test
    void anAlternativeIsAcceptedAfterALineAndRenderedAsAnAlternative() {
        edit(FIRST, LAST_LINE, LAST_LINE + "      - text: \"Restart the phone.\"\n        alternative: true\n");
        KnowledgeBase kb = KnowledgeBase.load(kb());
        List<StepText.Line> lines = kb.stepText("first-time-pairing", "pair", "linux", null).lines();
        assertThat(lines).extracting(StepText.Line::text).endsWith("Select TH-1.", "Restart the phone.");
        assertThat(lines).extracting(StepText.Line::alternative).endsWith(false, true);
    }

    @Test
    void anAlternativeStepOfAProcedureIsMarkedAndDoesNotTakeTheIndicator() {
        edit(DEVICE, "    steps: [\"Press and hold the POWER button for about 2 seconds.\"]\n    hold: {buttons: [power], seconds: 2}",
                "    steps:\n      - \"Press the POWER button.\"\n      - {text: \"Plug in the charger.\", alternative: true}");
        KnowledgeBase kb = KnowledgeBase.load(kb());
        List<StepText.Line> lines = kb.stepText("first-time-pairing", "pair", "linux", null).lines();
        assertThat(lines.get(0).text()).isEqualTo("Press the POWER button.");
        assertThat(lines.get(0).indicator()).isEqualTo("The blue indicator flashes.");
        assertThat(lines.get(1).text()).isEqualTo("Plug in the charger.");
        assertThat(lines.get(1).alternative()).isTrue();
        assertThat(lines.get(1).indicator()).isNull();
    }

    @Test
    void anAlternativeWithNothingBeforeItIsReported() {
        assertError(edit(FIRST, "      - device: power-on\n", "      - text: \"Plug in the charger.\"\n        alternative: true\n"
                + "      - device: power-on\n").errors(), FIRST, 23, 9, "an alternative must follow the line");
    }

    @Test
    void aLineOfMoreThan25WordsIsReported() {
        String longLine = "      - text: \"Select {scanName} in the list of devices that the phone shows once it has "
                + "finished searching for nearby headsets, speakers, watches and other gadgets around you.\"\n";
        assertError(edit(FIRST, LAST_LINE, longLine).errors(), FIRST, 25, 9, "line has 26 words (at most 25)");
    }

    @Test
    void nearDuplicatesIgnoreCasePunctuationFillerAndTheVerbOfChoosing() {
        assertThat(RepeatedLines.nearDuplicates("Tap WH-1000XM2 (not LE_WH-1000XM2) and confirm Pair.",
                "Choose WH-1000XM2, not LE_WH-1000XM2.")).isTrue();
        assertThat(RepeatedLines.nearDuplicates("Open Settings, then Bluetooth.", "open settings then bluetooth"))
                .isTrue();
        assertThat(RepeatedLines.nearDuplicates("Turn the headset off.", "Open Settings, then Bluetooth.")).isFalse();
        assertThat(RepeatedLines.nearDuplicates("Open Settings, then Connections, then Bluetooth, and turn Bluetooth on.",
                "In Settings, Connections, Bluetooth, tap the gear icon next to WH-1000XM2.")).isFalse();
    }

    @Test
    void theGuideSectionsComeInTheOrderOfUseAndNameEachActionOnce() {
        List<KnowledgeError> errors = edit(FIRST, "static: [pair, contact-support]\n", "static: [pair, contact-support]\n"
                + "guide:\n  - section: still-fails\n    steps: [pair]\n  - section: pair\n    steps: [pair, pari]\n")
                .errors();
        assertError(errors, FIRST, 35, 14, "guide section 'pair' comes after 'still-fails'");
        assertError(errors, FIRST, 36, 13, "the guide names action 'pair' twice");
        assertError(errors, FIRST, 36, 19, "the guide names 'pari', which is not an action", "did you mean 'pair'?");
    }

    @Test
    void aGuideNeverPutsAStepThatErasesSomethingBeforeTheLastResort() {
        List<KnowledgeError> errors = edit(FIRST, "    fixes: {not-paired-yet: 0.9}\n", "    fixes: {not-paired-yet: 0.9}\n"
                + "    destructive: true\n    loses: \"every pairing\"\n    penaltySeconds: 60\n")
                .edit(FIRST, "static: [pair, contact-support]\n", "static: [pair, contact-support]\n"
                        + "guide:\n  - section: pair\n    steps: [pair]\n").errors();
        assertThat(errors).hasSize(1);
        assertError(errors, FIRST, 37, 13, "action 'pair' erases something but stands under 'pair'",
                "put it under last-resort");
    }
}
