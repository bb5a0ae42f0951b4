package org.pairdoctor.core.knowledge;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Coverage-guided fuzzing of the knowledge loader: one file of a copy of the minimal test knowledge
 * base is replaced by the fuzzer's bytes (the first byte picks the file, the rest is its content, raw,
 * so invalid UTF-8 is fuzzed too). Loading must either succeed, and then every model, step and
 * pairing guide renders, or throw a {@link KnowledgeException} whose errors each name a file, a
 * position and a message. Anything else is a bug.
 *
 * <p>{@code mvn test} replays the seeds (one per file: the selector byte plus the valid file) and
 * findings in {@code src/test/resources/org/pairdoctor/core/knowledge/KnowledgeLoaderFuzzTestInputs/<method>/}.
 * To fuzz for real: {@code JAZZER_FUZZ=1 ./mvnw -pl pairdoctor-core test -Dtest=KnowledgeLoaderFuzzTest}.
 * The {@link KnowledgeFuzzTest} property test covers similar ground with random text edits.
 */
class KnowledgeLoaderFuzzTest {
    /** The selector byte modulo this list's size picks the file; the seeds use 0..7 in this order. */
    static final List<String> FILES = List.of("sources.yaml", "devices/test-headset.yaml",
            "hosts/android.yaml", "hosts/linux.yaml", "problems/headset-not-in-scan-list.yaml",
            "problems/first-time-pairing.yaml", "guide/behaviours.yaml", "guide/faq.yaml");

    private static Path root;
    private static Path kb;

    @BeforeAll
    static void copyTheMinimalKnowledgeBase() throws IOException {
        root = Files.createTempDirectory("kb-jazzer");
        kb = KnowledgeFixtures.copyOfMinimal(root.resolve("knowledge"));
    }

    @AfterAll
    static void deleteTheCopy() throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @FuzzTest(maxDuration = "3m")
    void loadingAMutatedFileGivesAKnowledgeBaseOrAKnowledgeException(byte[] input) throws IOException {
        if (input.length == 0) {
            return;
        }
        String file = FILES.get(Byte.toUnsignedInt(input[0]) % FILES.size());
        Path target = kb.resolve(file);
        Path original = KnowledgeFixtures.minimal().resolve(file);
        Files.write(target, Arrays.copyOfRange(input, 1, input.length));
        try {
            KnowledgeFuzzTest.exercise(KnowledgeBase.load(kb));
        } catch (KnowledgeException e) {
            assertThat(e.errors()).isNotEmpty().allSatisfy(err -> {
                assertThat(err.path()).contains("knowledge");
                assertThat(err.line()).isNotNegative();
                assertThat(err.column()).isNotNegative();
                assertThat(err.message()).isNotBlank();
            });
        } finally {
            Files.copy(original, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
