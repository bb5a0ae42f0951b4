package org.pairdoctor.core.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pairdoctor.core.model.TroubleshootingModel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A knowledge base is checked in full once per content ({@link CheckRecord}): a pass is recorded only
 * after a full check found nothing, a load of the same bytes then trusts it and gives the same models,
 * and any change to a file's bytes checks everything again.
 */
class CheckRecordTest {
    /** The last instruction of action 'pair' in the minimal fixture. */
    private static final String LAST_LINE = "      - text: \"Select {scanName}.\"\n";

    @TempDir
    Path tmp;

    /** Remembers passes in memory and counts the questions asked. */
    private static final class Remembered implements CheckRecord {
        final Set<String> passes = new HashSet<>();
        final List<String> asked = new ArrayList<>();

        @Override
        public boolean passed(String fingerprint) {
            asked.add(fingerprint);
            return passes.contains(fingerprint);
        }

        @Override
        public void pass(String fingerprint) {
            passes.add(fingerprint);
        }
    }

    @Test
    void aFullCheckThatPassesIsRecordedAndTheSameFilesThenLoadWithTheSameModels() {
        Path shipped = ShippedKnowledge.directory();
        Remembered record = new Remembered();
        KnowledgeBase full = KnowledgeBase.load(shipped, record);
        assertThat(record.passes).hasSize(1);
        assertThat(record.asked).containsExactlyElementsOf(record.passes);

        KnowledgeBase trusted = KnowledgeBase.load(shipped, record);
        assertThat(record.passes).as("nothing new recorded").hasSize(1);
        assertThat(record.asked).hasSize(2).containsOnly(record.passes.iterator().next());

        int compared = 0;
        for (var device : full.devices()) {
            for (var problem : full.problemsFor(device.id())) {
                List<String> hosts = new ArrayList<>(full.hosts().stream().map(Host::id).toList());
                hosts.add(KnowledgeBase.GENERIC_HOST);
                for (String host : hosts) {
                    TroubleshootingModel a = full.model(problem.id(), host, device.id());
                    TroubleshootingModel b = trusted.model(problem.id(), host, device.id());
                    assertThat(b).as("%s on %s with %s", problem.id(), host, device.id()).isEqualTo(a);
                    assertThat(trusted.model(problem.id(), host, device.id())).as("kept").isSameAs(b);
                    compared++;
                }
            }
        }
        assertThat(compared).as("models compared").isGreaterThan(1000);
        assertThat(trusted.devices()).isEqualTo(full.devices());
        assertThat(trusted.problems()).isEqualTo(full.problems());
    }

    @Test
    void aBrokenKnowledgeBaseIsNeverRecordedAndStaysBrokenOnEveryLoad() throws IOException {
        Path kb = KnowledgeFixtures.copyOfMinimal(tmp.resolve("knowledge"));
        edit(kb, LAST_LINE, LAST_LINE + "      - text: \"Wait for the chime.\"\n      - text: \"Put the headset on.\"\n");
        Remembered record = new Remembered();
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> KnowledgeBase.load(kb, record)).isInstanceOf(KnowledgeException.class)
                    .hasMessageContaining("shows 7 lines");
        }
        assertThat(record.passes).isEmpty();
        assertThat(record.asked).hasSize(2);
    }

    @Test
    void anyChangeToAFilesBytesChecksEverythingAgain() throws IOException {
        Path kb = KnowledgeFixtures.copyOfMinimal(tmp.resolve("knowledge"));
        Remembered record = new Remembered();
        KnowledgeBase.load(kb, record);
        String before = record.passes.iterator().next();

        // A one-character change that breaks the step budget: the record of the old bytes must not hide it.
        edit(kb, LAST_LINE, LAST_LINE + "      - text: \"Wait for the chime.\"\n      - text: \"Put the headset on.\"\n");
        assertThatThrownBy(() -> KnowledgeBase.load(kb, record)).isInstanceOf(KnowledgeException.class);
        assertThat(record.asked.get(1)).isNotEqualTo(before);

        // A renamed file is a change too, even with the same bytes.
        Path kb2 = KnowledgeFixtures.copyOfMinimal(tmp.resolve("other"));
        KnowledgeBase.load(kb2, record);
        assertThat(record.asked.get(2)).as("same bytes, same names").isEqualTo(before);
        Files.move(kb2.resolve("problems/first-time-pairing.yaml"), kb2.resolve("problems/first-time-pairing.yml"));
        KnowledgeBase.load(kb2, record);
        assertThat(record.asked.get(3)).isNotEqualTo(before);
    }

    @Test
    void theRecordIsTrustedOnlyForTheBytesItNames() throws IOException {
        // The contract seen from the other side: files recorded as passed are not checked again, so a record
        // must never claim a pass it did not see (CheckRecordFiles names the build in every record).
        Path kb = KnowledgeFixtures.copyOfMinimal(tmp.resolve("knowledge"));
        edit(kb, LAST_LINE, LAST_LINE + "      - text: \"Wait for the chime.\"\n      - text: \"Put the headset on.\"\n");
        CheckRecord claimsEverything = new CheckRecord() {
            @Override
            public boolean passed(String fingerprint) {
                return true;
            }

            @Override
            public void pass(String fingerprint) {
                throw new AssertionError("a trusted load records nothing");
            }
        };
        assertThat(KnowledgeBase.load(kb, claimsEverything).problems()).isNotEmpty();
        assertThatThrownBy(() -> KnowledgeBase.load(kb)).as("the default load checks everything")
                .isInstanceOf(KnowledgeException.class);
    }

    private static void edit(Path kb, String from, String to) throws IOException {
        Path f = kb.resolve("problems/first-time-pairing.yaml");
        String text = Files.readString(f);
        assertThat(text).contains(from);
        Files.writeString(f, text.replace(from, to));
    }
}
