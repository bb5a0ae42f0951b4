package org.pairdoctor.core.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pairdoctor.core.PairdoctorException;
import org.pairdoctor.core.model.TroubleshootingModel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Device conditions ({@code onlyWith}) and the model per (problem, host, device), on a copy of the minimal
 * knowledge base with a second headset: earbuds without NFC and without the NC button.
 */
class DeviceConditionTest {
    private static final String PROBLEM = "problems/headset-not-in-scan-list.yaml";
    private static final String DEVICE = "devices/test-headset.yaml";
    private static final String BUDS = """
            kind: device
            id: test-buds
            name: Test Buds
            maker: Example
            form: earbuds
            scanNames: {classic: ["TB-1"]}
            bluetooth: {version: "5.2", profiles: [a2dp, hfp], codecs: [sbc], multipoint: full, nfc: false}
            buttons:
              - {id: power, label: "the left touch sensor", kind: touch-sensor, part: left, x: 0.5, y: 0.5}
            procedures:
              power-on:
                title: "Turn the earbuds on"
                steps: ["Take them out of the case."]
                source: test-manual
                confidence: low
              enter-pairing-mode:
                title: "Put the earbuds in pairing mode"
                steps: ["Hold {button:power} for 5 seconds."]
                hold: {buttons: [power], seconds: 5}
                source: test-manual
                confidence: low
            """;

    @TempDir
    Path tmp;

    private Path kb() throws IOException {
        Path dir = tmp.resolve("knowledge");
        if (!Files.exists(dir)) {
            KnowledgeFixtures.copyOfMinimal(dir);
            Files.writeString(dir.resolve("devices/test-buds.yaml"), BUDS);
        }
        return dir;
    }

    private DeviceConditionTest edit(String file, String from, String to) throws IOException {
        Path f = kb().resolve(file);
        String text = Files.readString(f);
        assertThat(text).as(file).contains(from);
        int i = text.indexOf(from);
        Files.writeString(f, text.substring(0, i) + to + text.substring(i + from.length()));
        return this;
    }

    private List<String> errors() throws IOException {
        Path dir = kb();
        KnowledgeException e = catchThrowableOfType(KnowledgeException.class, () -> KnowledgeBase.load(dir));
        assertThat(e).as("the knowledge base should be invalid").isNotNull();
        return e.errors().stream().map(KnowledgeError::toString).toList();
    }

    /** The factory reset is a device procedure the buds lack: conditioned to headsets that have it. */
    private DeviceConditionTest resetOnlyForTheHeadset() throws IOException {
        return edit(PROBLEM, "    destructive: true\n", "    destructive: true\n    onlyWith: {device: [test-headset]}\n");
    }

    @Test
    void aStepNamingAMissingButtonAndACapabilityContradictionAreBothReported() throws IOException {
        resetOnlyForTheHeadset();
        edit(PROBLEM, "      - text: \"Select {scanName} (not {leScanName}).\"",
                "      - text: \"Select {scanName} (not {leScanName}), then press {button:nc}.\"");
        edit(DEVICE, "form: over-ear", "form: over-ear\ncapabilities:\n  aptx: {has: true, source: test-manual, confidence: low}");
        List<String> errors = errors();
        assertThat(errors).anySatisfy(s -> assertThat(s).matches(".*/knowledge/problems/headset-not-in-scan-list\\.yaml:40:15: "
                + "'\\{button:nc}' names a button missing on device test-buds, and the step applies there: .*"));
        assertThat(errors).anySatisfy(s -> assertThat(s).matches(".*/knowledge/devices/test-headset\\.yaml:\\d+:\\d+: "
                + "capability contradiction: 'aptx' says has: true but bluetooth.codecs does not list aptx.*"));
    }

    @Test
    void aDeviceProcedureTheDeviceLacksIsReportedUnlessTheStepIsConditionedAway() throws IOException {
        assertThat(errors()).anySatisfy(s -> assertThat(s).matches(".*headset-not-in-scan-list\\.yaml:66:17: device "
                + "procedure 'factory-reset' is missing for device test-buds and the instruction has no default: text.*"));
        resetOnlyForTheHeadset();
        KnowledgeBase kb = KnowledgeBase.load(kb());
        assertThat(kb.model("headset-not-in-scan-list", "android", "test-buds").action("factory-reset")).isEmpty();
        assertThat(kb.model("headset-not-in-scan-list", "android", "test-headset").action("factory-reset")).isPresent();
    }

    @Test
    void anOptionalSegmentOrAConditionedInstructionMayNameTheButton() throws IOException {
        resetOnlyForTheHeadset();
        edit(PROBLEM, "      - text: \"Select {scanName} (not {leScanName}).\"",
                "      - text: \"Select {scanName}[[, then press {button:nc}]].\"");
        edit(PROBLEM, "        default: \"Remove the headset from the list of paired devices.\"\n",
                "        default: \"Remove the headset from the list of paired devices.\"\n"
                        + "      - text: \"Press {button:nc} once.\"\n        onlyWith: {device: [test-headset]}\n");
        KnowledgeBase kb = KnowledgeBase.load(kb());
        assertThat(kb.stepText("headset-not-in-scan-list", "forget-and-retry", "android", "test-headset").lines())
                .extracting(StepText.Line::text).contains("Press NC once.");
        assertThat(kb.stepText("headset-not-in-scan-list", "forget-and-retry", "android", "test-buds").lines())
                .extracting(StepText.Line::text).doesNotContain("Press NC once.");
        List<String> headset = kb.stepText("headset-not-in-scan-list", "enter-pairing-mode", "android", "test-headset")
                .lines().stream().map(StepText.Line::text).toList();
        List<String> buds = kb.stepText("headset-not-in-scan-list", "enter-pairing-mode", "android", "test-buds")
                .lines().stream().map(StepText.Line::text).toList();
        assertThat(headset).contains("Select TH-1, then press NC.");
        assertThat(buds).contains("Select TB-1.", "Hold the left touch sensor for 5 seconds.");
    }

    @Test
    void causesAndStepsOutsideTheirConditionLeaveTheDevicesModel() throws IOException {
        resetOnlyForTheHeadset();
        edit(PROBLEM, "    prior: 0.2\n", "    prior: 0.2\n    onlyWith: {lacks: [charging-case]}\n");
        KnowledgeBase kb = KnowledgeBase.load(kb());
        TroubleshootingModel headset = kb.model("headset-not-in-scan-list", "android", "test-headset");
        TroubleshootingModel buds = kb.model("headset-not-in-scan-list", "android", "test-buds");
        assertThat(headset.context()).containsEntry("device", "test-headset");
        assertThat(buds.causes().size()).isEqualTo(headset.causes().size() - 1);
        assertThat(buds.causes().stream().mapToDouble(c -> c.prior()).sum()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        buds.actions().forEach(a -> assertThat(a.fixes().keySet())
                .allSatisfy(c -> assertThat(buds.causes()).anySatisfy(x -> assertThat(x.id()).isEqualTo(c))));
    }

    @Test
    void aProblemForEarbudsOnlyHasNoModelForTheHeadset() throws IOException {
        resetOnlyForTheHeadset();
        edit(PROBLEM, "situation: problem\n", "situation: problem\nonlyWith: {form: [earbuds]}\n");
        KnowledgeBase kb = KnowledgeBase.load(kb());
        assertThat(kb.model("headset-not-in-scan-list", "android", "test-buds")).isNotNull();
        assertThat(kb.problemsFor("test-headset")).extracting(Problem::id).doesNotContain("headset-not-in-scan-list");
        assertThatThrownBy(() -> kb.model("headset-not-in-scan-list", "android", "test-headset"))
                .isInstanceOf(PairdoctorException.class).hasMessageContaining("does not exist for device 'test-headset'");
    }

    @Test
    void anUnknownDeviceInAConditionIsReported() throws IOException {
        edit(PROBLEM, "    destructive: true\n", "    destructive: true\n    onlyWith: {device: [test-headst]}\n");
        assertThat(errors()).anySatisfy(s -> assertThat(s).contains("unknown device 'test-headst'; did you mean 'test-headset'?"));
    }
}
