package org.pairdoctor.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class KbCommandTest {
    @TempDir
    Path tmp;

    @Test
    void aValidKnowledgeBasePrintsOneLineOfCountsAndExitsZero() {
        CliRun r = CliRun.of("kb", "check", "--kb", CliRun.minimalKnowledge().toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out().lines()).hasSize(2);
        assertThat(r.out().lines().toList().get(0))
                .contains("OK: 1 devices, 4 hosts, 2 problems, 6 causes, 5 actions, 1 questions, 1 facts, "
                        + "1 checked claims");
        assertThat(r.out().lines().toList().get(1)).endsWith(": devices: over-ear: test-headset");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void theShippedKnowledgeBasePasses() {
        CliRun r = CliRun.of("kb", "check", "--kb", CliRun.shippedKnowledge().toString());
        assertThat(r.err()).isEmpty();
        assertThat(r.exit()).isZero();
    }

    @Test
    void anInvalidKnowledgeBaseListsEveryErrorWithItsPositionAndExitsOne() throws IOException {
        Path kb = copy(CliRun.minimalKnowledge(), tmp.resolve("knowledge"));
        Path first = kb.resolve("problems/first-time-pairing.yaml");
        Files.writeString(first, Files.readString(first).replace("    seconds: 45", "    secs: 45"));
        Path other = kb.resolve("problems/headset-not-in-scan-list.yaml");
        Files.writeString(other, Files.readString(other).replace("prior: 0.1", "prior: 0.2"));
        CliRun r = CliRun.of("kb", "check", "--kb", kb.toString());
        assertThat(r.exit()).isEqualTo(1);
        String file = kb + "/problems/first-time-pairing.yaml";
        assertThat(r.err().lines()).containsExactly(
                file + ":17:5: missing required key 'seconds' (at actions.0)",
                file + ":19:5: unknown key 'secs'; did you mean 'seconds'? (allowed here: basis, destructive, fixes, id, "
                        + "instructions, loses, note, onlyFor, onlyWith, penaltySeconds, seconds, source, sources, title, waitSeconds)",
                kb + "/problems/headset-not-in-scan-list.yaml:6:1: the priors of the causes of problem "
                        + "'headset-not-in-scan-list' sum to 1.1, not 1 (tolerance 1e-6)",
                kb + ": 3 errors");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void pathsAreShownAsTheKnowledgeDirectoryWasGiven() throws IOException {
        Path kb = copy(CliRun.minimalKnowledge(), tmp.resolve("kb"));
        Files.writeString(kb.resolve("guide/faq.yaml"), "kind: faq\nquestions: [\n");
        CliRun r = CliRun.of("kb", "check", "--kb", kb.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).startsWith(kb + "/guide/faq.yaml:3:1: malformed YAML: ");
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void aKnowledgeDirectoryThatDoesNotExistIsAUsageError() {
        CliRun r = CliRun.of("kb", "check", "--kb", tmp.resolve("missing").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("missing: no such directory");
    }

    @Test
    void kbWithoutASubcommandOrWithAnUnknownOptionIsAUsageError() {
        assertThat(CliRun.of("kb").exit()).isEqualTo(2);
        assertThat(CliRun.of("kb", "check", "--kbb", "x").exit()).isEqualTo(2);
        assertThat(CliRun.of("kb", "frobnicate").exit()).isEqualTo(2);
    }

    static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.sorted(Comparator.naturalOrder()).toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
        return to;
    }
}
