package org.pairdoctor.core.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The behaviour table and FAQ per headset, on a copy of the minimal knowledge base with a second headset
 * (earbuds without the NC button and without an LE entry): placeholders are filled per device, {@code onlyWith}
 * leaves entries out, and {@code kb check} reports a placeholder a device cannot fill at {@code path:line:col}.
 */
class GuideEntriesCheckTest {
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
    private static final String BEHAVIOURS = "guide/behaviours.yaml";
    private static final String FAQ = "guide/faq.yaml";

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

    private GuideEntriesCheckTest edit(String file, String from, String to) throws IOException {
        Path f = kb().resolve(file);
        String text = Files.readString(f);
        assertThat(text).as(file).contains(from);
        Files.writeString(f, text.replaceFirst(java.util.regex.Pattern.quote(from),
                java.util.regex.Matcher.quoteReplacement(to)));
        return this;
    }

    private List<String> errors() throws IOException {
        Path dir = kb();
        KnowledgeException e = catchThrowableOfType(KnowledgeException.class, () -> KnowledgeBase.load(dir));
        assertThat(e).as("the knowledge base should be invalid").isNotNull();
        return e.errors().stream().map(KnowledgeError::toString).toList();
    }

    @Test
    void aButtonOrEmptyPlaceholderADeviceCannotFillIsReportedAtItsLineAndColumn() throws IOException {
        edit(BEHAVIOURS, "    normal: true\n", "    normal: true\n    diagnosticAction: \"Press {button:nc}.\"\n");
        edit(FAQ, "    answer: \"Music on one and calls on the other.\"",
                "    answer: \"Choose {scanName}, not {leScanName}.\"");
        List<String> errors = errors();
        assertThat(errors).anySatisfy(s -> assertThat(s).matches(".*/knowledge/guide/behaviours\\.yaml:6:23: "
                + "'\\{button:nc}' names a button missing on device test-buds, and the entry applies there: "
                + "condition the entry with onlyWith, or put the words in an optional segment \\[\\[...]]"));
        assertThat(errors).anySatisfy(s -> assertThat(s).matches(".*/knowledge/guide/faq\\.yaml:5:13: "
                + "'\\{leScanName}' is empty for device test-buds, and the entry applies there: .*"));
    }

    @Test
    void anUnknownPlaceholderAndAnUnknownDeviceInOnlyWithAreReported() throws IOException {
        edit(FAQ, "    question: \"Can it connect to two devices at once?\"",
                "    question: \"Can the {devcie} connect to two devices at once?\"\n    onlyWith: {device: [test-bud]}");
        List<String> errors = errors();
        assertThat(errors).anySatisfy(s -> assertThat(s).matches(".*/knowledge/guide/faq\\.yaml:4:15: "
                + "unknown placeholder '\\{devcie}'; did you mean '\\{device}'\\?.*"));
        assertThat(errors).anySatisfy(s -> assertThat(s).matches(".*/knowledge/guide/faq\\.yaml:5:25: "
                + "unknown device 'test-bud'; did you mean 'test-buds'\\?"));
    }

    @Test
    void onlyWithAndOptionalSegmentsMakeTheEntriesValidAndRenderPerDevice() throws IOException {
        edit(BEHAVIOURS, "    normal: true\n",
                "    normal: true\n    diagnosticAction: \"Choose {scanName}[[ and press {button:nc}]].\"\n");
        edit(FAQ, "    answer: \"Music on one and calls on the other.\"",
                "    answer: \"Choose {scanName}, not {leScanName}.\"\n    onlyWith: {device: [test-headset]}");
        // A row made of one optional segment is left out where the segment does not apply (no LE entry).
        edit(BEHAVIOURS, "    confidence: medium", "    confidence: medium\n  - id: le-entry\n"
                + "    behaviour: \"[[{leScanName} is listed too]]\"\n    normal: true\n"
                + "    sources: [test-manual]\n    confidence: low");
        // The minimal problem's factory reset is a procedure the buds lack (as in DeviceConditionTest).
        edit("problems/headset-not-in-scan-list.yaml", "    destructive: true\n",
                "    destructive: true\n    onlyWith: {device: [test-headset]}\n");
        KnowledgeBase kb = KnowledgeBase.load(kb());
        Device headset = kb.device("test-headset").orElseThrow();
        String nc = headset.button("nc").orElseThrow().label();
        assertThat(kb.behaviours("test-headset")).extracting(Behaviour::behaviour)
                .containsExactly("First-time pairing takes 20-30 seconds", "LE_TH-1 is listed too");
        assertThat(kb.behaviours("test-headset").get(0).diagnosticAction())
                .isEqualTo("Choose " + headset.scanNames().classic().get(0) + " and press " + nc + ".");
        assertThat(kb.behaviours("test-buds")).singleElement().extracting(Behaviour::diagnosticAction)
                .isEqualTo("Choose TB-1.");
        assertThat(kb.faq("test-buds")).isEmpty();
        assertThat(kb.faq("test-headset")).singleElement().extracting(FaqEntry::answer)
                .isEqualTo("Choose " + headset.scanNames().classic().get(0) + ", not "
                        + headset.scanNames().le().get(0) + ".");
        // The rows as written stay unfilled, for tools that edit them.
        assertThat(kb.behaviours().get(0).diagnosticAction()).contains("{button:nc}");
    }
}
