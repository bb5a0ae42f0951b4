package org.pairdoctor.core.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The device file's own checks: capabilities, controls, lights, patterns; each error at its line and column. */
class DeviceCheckTest {
    private static final String DEVICE = "devices/test-headset.yaml";

    @TempDir
    Path tmp;

    private Path kb() {
        Path dir = tmp.resolve("knowledge");
        if (!Files.exists(dir)) {
            KnowledgeFixtures.copyOfMinimal(dir);
        }
        return dir;
    }

    private DeviceCheckTest append(String yaml) throws IOException {
        Path f = kb().resolve(DEVICE);
        Files.writeString(f, Files.readString(f) + yaml);
        return this;
    }

    private DeviceCheckTest edit(String from, String to) throws IOException {
        Path f = kb().resolve(DEVICE);
        String text = Files.readString(f);
        assertThat(text).contains(from);
        Files.writeString(f, text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
        return this;
    }

    private List<KnowledgeError> errors() {
        KnowledgeException e = catchThrowableOfType(KnowledgeException.class, () -> KnowledgeBase.load(kb()));
        assertThat(e).as("the knowledge base should be invalid").isNotNull();
        return e.errors();
    }

    /** The 1-based line of the first line of the device file containing {@code text}, and the column of it. */
    private int[] at(String text) throws IOException {
        List<String> lines = Files.readAllLines(kb().resolve(DEVICE));
        for (int i = 0; i < lines.size(); i++) {
            int c = lines.get(i).indexOf(text);
            if (c >= 0) {
                return new int[]{i + 1, c + 1};
            }
        }
        throw new AssertionError(text + " not in the device file");
    }

    private static void assertError(List<KnowledgeError> errors, int[] at, String message) {
        assertThat(errors).anySatisfy(e -> {
            assertThat(e.path()).endsWith("knowledge/" + DEVICE);
            assertThat(new int[]{e.line(), e.column()}).containsExactly(at);
            assertThat(e.message()).contains(message);
        });
    }

    @Test
    void theFixtureBindsItsNewFields() {
        Device d = KnowledgeBase.load(kb()).device("test-headset").orElseThrow();
        assertThat(d.form()).isEqualTo(Device.Form.OVER_EAR);
        assertThat(d.family()).isEqualTo("test-family");
        assertThat(d.buttons()).extracting(Device.Button::id).containsExactly("power", "nc");
        assertThat(d.has(Capability.AAC)).isTrue();
        assertThat(d.has(Capability.LDAC)).isFalse();
        assertThat(d.has(Capability.NFC)).isTrue();
        assertThat(d.has(Capability.MULTIPOINT_SPLIT)).isTrue();
        assertThat(d.has(Capability.MULTIPOINT)).isFalse();
        assertThat(d.has(Capability.CHARGING_CASE)).isFalse();
    }

    @Test
    void aCapabilityThatContradictsTheCodecsIsReportedAtItsLine() throws IOException {
        append("capabilities:\n  ldac: {has: true, source: test-manual, confidence: low}\n");
        int[] has = at("has: true");
        has[1] += "has: ".length();
        assertError(errors(), has, "capability contradiction: 'ldac' says has: true but bluetooth.codecs does not list ldac");
    }

    @Test
    void aCapabilityThatContradictsMultipointOrTheFormIsReported() throws IOException {
        append("capabilities:\n  multipoint: {has: true, source: test-manual, confidence: low}\n"
                + "  charging-case: {has: true, source: test-manual, confidence: low}\n");
        edit("form: over-ear", "form: other");
        List<KnowledgeError> errors = errors();
        assertThat(errors).anySatisfy(e -> assertThat(e.message())
                .contains("'multipoint' says has: true but bluetooth.multipoint is music-and-calls-split"));
        // form other derives nothing about a case: no contradiction there
        assertThat(errors).noneSatisfy(e -> assertThat(e.message()).contains("'charging-case'"));
    }

    @Test
    void anUnknownCapabilityIsAnUnknownKeyWithASuggestion() throws IOException {
        append("capabilities:\n  multipont: {has: true, source: test-manual, confidence: low}\n");
        assertError(errors(), at("multipont"), "unknown key 'multipont'; did you mean 'multipoint'?");
    }

    @Test
    void aCapabilityWithoutASourceIsAnError() throws IOException {
        append("capabilities:\n  usb-c: {has: true, confidence: low}\n");
        assertError(errors(), at("usb-c"), "capability 'usb-c' has no source");
    }

    @Test
    void aHoldNamingAButtonTheDeviceLacksIsAnError() throws IOException {
        edit("hold: {buttons: [power, nc], seconds: 7}", "hold: {buttons: [power, nc-ambient], seconds: 7}");
        assertError(errors(), at("nc-ambient"), "hold names button 'nc-ambient' that device 'test-headset' does not "
                + "have (its buttons: nc, power)");
    }

    @Test
    void aButtonPlaceholderNamingAnUnknownButtonIsAnError() throws IOException {
        edit("steps: [\"Press and hold the POWER button for about 2 seconds.\"]",
                "steps: [\"Press and hold {button:pwr} for about 2 seconds.\"]");
        assertError(errors(), at("\"Press and hold {button:pwr}"), "'{button:pwr}' names a button that device "
                + "'test-headset' does not have; did you mean 'power'?");
    }

    @Test
    void aButtonPlaceholderRendersTheLabel() throws IOException {
        edit("steps: [\"Press and hold the POWER button for about 2 seconds.\"]",
                "steps: [\"Press and hold {button:power} for about 2 seconds.\"]");
        assertThat(KnowledgeBase.load(kb()).device("test-headset").orElseThrow().procedure("power-on").orElseThrow()
                .steps()).containsExactly("Press and hold {button:power} for about 2 seconds.");
    }

    @Test
    void aPatternNeedsAKnownLightInAColourItShows() throws IOException {
        edit("    voicePrompt: \"Power on\"\n", "    voicePrompt: \"Power on\"\n    pattern: {light: led, colour: blue, flashes: 1}\n");
        edit("    voicePrompt: \"Bluetooth pairing\"\n", "    voicePrompt: \"Bluetooth pairing\"\n    pattern: {light: main, colour: green, flashes: 2, repeats: true}\n");
        List<KnowledgeError> errors = errors();
        assertError(errors, at("led"), "pattern names indicator 'led' that device 'test-headset' does not have");
        assertError(errors, at("green"), "indicator 'main' cannot show green (its colours: blue, red)");
    }

    @Test
    void aControlOnAPartTheFormLacksIsAnError() throws IOException {
        edit("part: left, x: 0.55", "part: case, x: 0.55");
        assertError(errors(), at("case, x"), "part 'case' does not exist on a device of form over-ear (parts: left, right)");
    }

    @Test
    void theFormIsRequired() throws IOException {
        edit("form: over-ear\n", "");
        assertThat(errors()).anySatisfy(e -> assertThat(e.message()).contains("missing required key 'form'"));
    }

    @Test
    void theGenericHeadsetNamesNoButtons() throws IOException {
        edit("family: test-family", "family: generic\ngeneric: true");
        assertThat(errors()).anySatisfy(e -> assertThat(e.message()).contains("the generic headset names no buttons"));
    }

    @Test
    void theCapabilityEnumAndBothSchemasListTheSameIds() throws IOException {
        List<String> ids = Arrays.stream(Capability.values()).map(Capability::id).toList();
        JsonNode device = schema("device.json");
        List<String> inDevice = new ArrayList<>();
        device.at("/properties/capabilities/properties").fieldNames().forEachRemaining(inDevice::add);
        List<String> inCommon = new ArrayList<>();
        schema("common.json").at("/$defs/capability/enum").forEach(n -> inCommon.add(n.asText()));
        assertThat(inDevice).containsExactlyElementsOf(ids);
        assertThat(inCommon).containsExactlyElementsOf(ids);
        assertThat(Capability.ofId("multipoint-split")).contains(Capability.MULTIPOINT_SPLIT);
    }

    private static JsonNode schema(String name) throws IOException {
        try (InputStream in = DeviceCheckTest.class.getResourceAsStream("/knowledge/schema/" + name)) {
            return new ObjectMapper().readTree(in);
        }
    }

    @Test
    void theShippedXm2HasItsControlsAndPatterns() {
        Device xm2 = KnowledgeBase.load(ShippedKnowledge.directory()).device("sony-wh-1000xm2").orElseThrow();
        assertThat(xm2.buttons()).extracting(Device.Button::label)
                .containsExactly("POWER", "NC/AMBIENT", "N-mark", "touch sensor control panel");
        assertThat(xm2.helpGuide()).isEqualTo("sony-help-guide-xm2");
        assertThat(xm2.procedure("enter-pairing-mode").orElseThrow().pattern())
                .isEqualTo(new Procedure.Pattern("main", "blue", 2, true));
        assertThat(xm2.has(Capability.MULTIPOINT_SPLIT)).isTrue();
        assertThat(xm2.has(Capability.MULTIPOINT)).isFalse();
        assertThat(xm2.has(Capability.LDAC)).isTrue();
        assertThat(xm2.has(Capability.USB_C)).isFalse();
    }
}
