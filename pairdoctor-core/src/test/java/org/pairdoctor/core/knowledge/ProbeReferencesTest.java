package org.pairdoctor.core.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pairdoctor.core.probe.Probe;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** {@code kb check} rejects probe ids the core does not know, at the {@code probe} field. */
class ProbeReferencesTest {
    private static final String PROBLEM = "problems/headset-not-in-scan-list.yaml";
    private static final String QUESTION_TEXT = "    text: \"What does the blue indicator do right now?\"\n";

    @TempDir
    Path tmp;

    private Path kbWithProbe(String probe) throws IOException {
        Path dir = tmp.resolve("knowledge");
        KnowledgeFixtures.copyOfMinimal(dir);
        Path f = dir.resolve(PROBLEM);
        String text = Files.readString(f);
        assertThat(text).contains(QUESTION_TEXT);
        Files.writeString(f, text.replace(QUESTION_TEXT, QUESTION_TEXT + "    probe: " + probe + "\n"));
        return dir;
    }

    @Test
    void anUnknownProbeIdIsAnErrorAtItsLineListingTheKnownOnes() throws IOException {
        KnowledgeException e = catchThrowableOfType(KnowledgeException.class,
                () -> KnowledgeBase.load(kbWithProbe("adapter-sees-device")));
        assertThat(e).isNotNull();
        assertThat(e.errors()).hasSize(1);
        KnowledgeError error = e.errors().get(0);
        assertThat(error.path()).endsWith("knowledge/" + PROBLEM);
        assertThat(error.line()).isEqualTo(70);
        assertThat(error.column()).isEqualTo(12);
        assertThat(error.toString()).endsWith(":70:12: unknown probe 'adapter-sees-device'; known: "
                + String.join(", ", Probe.ids()));
    }

    @Test
    void aProbeThatCanNeverAnswerTheQuestionIsAnError() throws IOException {
        KnowledgeException e = catchThrowableOfType(KnowledgeException.class,
                () -> KnowledgeBase.load(kbWithProbe("device-paired")));
        assertThat(e).isNotNull();
        assertThat(e.errors()).singleElement().satisfies(err -> assertThat(err.message())
                .contains("probe 'device-paired' answers listed, not-listed")
                .contains("question 'indicator-pattern' has none of these answer ids"));
    }

    @Test
    void aKnownProbeWithAMatchingAnswerLoads() throws IOException {
        Path dir = kbWithProbe("device-seen-in-scan");
        Path f = dir.resolve(PROBLEM);
        Files.writeString(f, Files.readString(f).replace("      - id: other\n", "      - id: neither\n"));
        assertThat(KnowledgeBase.load(dir).problem("headset-not-in-scan-list").orElseThrow().questions().get(0).probe())
                .isEqualTo("device-seen-in-scan");
    }
}
