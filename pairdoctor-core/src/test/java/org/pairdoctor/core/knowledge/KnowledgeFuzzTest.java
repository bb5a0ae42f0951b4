package org.pairdoctor.core.knowledge;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random edits of valid files: whatever the edit, loading either succeeds (and then every model and
 * step renders) or fails with a {@link KnowledgeException} whose errors all have a position and a
 * message; never any other exception.
 */
class KnowledgeFuzzTest {
    private static final List<String> FILES = List.of("sources.yaml", "devices/test-headset.yaml",
            "hosts/android.yaml", "hosts/linux.yaml", "problems/headset-not-in-scan-list.yaml",
            "problems/first-time-pairing.yaml", "guide/behaviours.yaml", "guide/faq.yaml");
    private static final List<String> SNIPPETS = List.of(":", "- ", " ", "\n", "\n  ", "[", "]", "{", "}", "\"", "'",
            "*a", "&a ", "!!binary ", "%", "#", "0.5", "-1", "1e999", ".nan", "null", "~", "\t", ",", "---\n", "? ",
            "|", ">", "id: x", "unknown", "true", "2", "{host: android}", "\u00e9", "\\u0000", "<<: *a");

    /** One random edit: where (fraction of the file), what to delete, what to insert. */
    record Edit(double at, int delete, String insert) {
    }

    @Provide
    Arbitrary<List<Edit>> edits() {
        Arbitrary<Edit> edit = Combinators.combine(Arbitraries.doubles().between(0, 1),
                Arbitraries.integers().between(0, 12), Arbitraries.of(SNIPPETS)).as(Edit::new);
        return edit.list().ofMinSize(1).ofMaxSize(4);
    }

    @Property(tries = 150)
    void editedFilesNeverCauseAnythingButAKnowledgeException(@ForAll("edits") List<Edit> edits,
                                                             @ForAll("files") String file) throws IOException {
        Path dir = Files.createTempDirectory("kb-fuzz");
        try {
            Path kb = KnowledgeFixtures.copyOfMinimal(dir.resolve("knowledge"));
            Path f = kb.resolve(file);
            String text = Files.readString(f);
            for (Edit e : edits) {
                int i = (int) (e.at() * text.length());
                int end = Math.min(text.length(), i + e.delete());
                text = text.substring(0, i) + e.insert() + text.substring(end);
            }
            Files.writeString(f, text);
            try {
                KnowledgeBase base = KnowledgeBase.load(kb);
                exercise(base);
            } catch (KnowledgeException ex) {
                assertThat(ex.errors()).isNotEmpty().allSatisfy(err -> {
                    assertThat(err.message()).isNotBlank();
                    assertThat(err.line()).isNotNegative();
                    assertThat(err.column()).isNotNegative();
                    assertThat(err.path()).contains("knowledge");
                });
            }
        } finally {
            try (Stream<Path> s = Files.walk(dir)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Provide
    Arbitrary<String> files() {
        return Arbitraries.of(FILES);
    }

    static void exercise(KnowledgeBase base) {
        for (Problem p : base.problems()) {
            for (Host h : base.hosts()) {
                base.model(p.id(), h.id(), null);
                for (var a : p.actions()) {
                    base.stepText(p.id(), a.id(), h.id(), null);
                }
                for (var q : p.questions()) {
                    base.stepText(p.id(), q.id(), h.id(), null);
                }
                base.stepText(p.id(), p.escalation().id(), h.id(), null);
                base.pairingGuide(h.id(), null);
            }
            base.model(p.id(), null, null);
        }
    }
}
