package org.pairdoctor.core.knowledge;

import org.pairdoctor.core.model.StepKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The worked example of {@code docs/knowledge.md} (adding a headset) stays valid: its blocks, added to a
 * copy of the shipped knowledge base, pass the check and render.
 */
class DocsExampleTest {
    private static final Pattern BLOCK = Pattern.compile("<!-- example: (\\S+)( \\(append\\))? -->\\s*```yaml\\n(.*?)```",
            Pattern.DOTALL);

    @TempDir
    Path tmp;

    private Path knowledgeWithExample(Map<String, String> replace) throws IOException {
        Path root = Path.of(System.getenv("PAIRDOCTOR_REPO_ROOT"));
        String doc = Files.readString(root.resolve("docs/knowledge.md"));
        Path kb = copy(root.resolve("knowledge"), tmp.resolve("knowledge"));
        Matcher m = BLOCK.matcher(doc);
        Map<String, Boolean> seen = new LinkedHashMap<>();
        while (m.find()) {
            String file = m.group(1);
            String yaml = m.group(3);
            for (var e : replace.entrySet()) {
                yaml = yaml.replace(e.getKey(), e.getValue());
            }
            Path target = kb.resolve(file);
            if (m.group(2) != null) {
                Files.writeString(target, Files.readString(target) + yaml);
            } else {
                Files.writeString(target, yaml);
            }
            seen.put(file, true);
        }
        assertThat(seen).containsOnlyKeys("sources.yaml", "devices/acme-ah-100.yaml");
        return kb;
    }

    @Test
    void theWorkedExampleHeadsetPassesTheCheckAndRenders() throws IOException {
        KnowledgeBase kb = KnowledgeBase.load(knowledgeWithExample(Map.of()));
        assertThat(kb.device("acme-ah-100")).isPresent();
        StepText t = kb.stepText("headset-not-in-scan-list", "enter-pairing-mode", "android-samsung", "acme-ah-100");
        assertThat(t.lines()).anySatisfy(l -> {
            assertThat(l.text()).isEqualTo("Press and hold the POWER button for about 5 seconds.");
            assertThat(l.holdSeconds()).isEqualTo(5);
            assertThat(l.voicePrompt()).isEqualTo("Pairing");
        });
    }

    @Test
    void theWorkedExampleHeadsetIsNamedEverywhereAndNeverTheXm2() throws IOException {
        assertNamesOnlyTheExampleHeadset(KnowledgeBase.load(knowledgeWithExample(Map.of())), true);
    }

    @Test
    void aHeadsetWithoutAnLeEntryGetsNoLeAdvice() throws IOException {
        String le = "  le: [\"LE_AH-100\"]                # an LE entry that must not be paired for audio\n";
        KnowledgeBase kb = KnowledgeBase.load(knowledgeWithExample(Map.of(le, "")));
        assertThat(kb.device("acme-ah-100").orElseThrow().scanNames().le()).isEmpty();
        assertNamesOnlyTheExampleHeadset(kb, false);
        StepText pair = kb.stepText("first-time-pairing", "pair-now", "android-samsung", "acme-ah-100");
        assertThat(pair.lines()).extracting(StepText.Line::text).contains(
                "Tap AH-100 under Available devices (tap Scan if it is missing) and confirm Pair.");
    }

    /**
     * Every text of every step on every host, rendered for the example headset: its names, its maker,
     * never the XM2's (but for the two-devices escalation, which contrasts with that model on purpose),
     * and with no LE advice when it has no LE entry.
     */
    private static void assertNamesOnlyTheExampleHeadset(KnowledgeBase kb, boolean hasLe) {
        List<String> hosts = new java.util.ArrayList<>(kb.hosts().stream().map(Host::id).toList());
        hosts.add(KnowledgeBase.GENERIC_HOST);
        boolean namedScanName = false;
        for (Problem p : kb.problems()) {
            for (String h : hosts) {
                for (StepText t : DeviceNeutralTextTest.allSteps(kb, p.id(), h, "acme-ah-100")) {
                    // the escalation's contact (a URL) is still the XM2 maker's: see docs/knowledge.md
                    assertThat(t.title()).doesNotContain("Sony");
                    boolean contrast = p.id().equals("two-devices") && t.kind() == StepKind.ESCALATION;
                    for (String s : DeviceNeutralTextTest.renderedTexts(t)) {
                        assertThat(s).as("%s of %s on %s", t.stepId(), p.id(), h)
                                .satisfies(DeviceNeutralTextTest::fullyRendered);
                        if (!contrast) {
                            assertThat(s).as("%s of %s on %s", t.stepId(), p.id(), h).doesNotContain("XM2");
                        }
                        if (!hasLe) {
                            assertThat(s).as("%s of %s on %s", t.stepId(), p.id(), h)
                                    .doesNotContain("LE_", "(not ", "not )");
                        }
                        namedScanName |= s.contains("AH-100");
                    }
                }
            }
        }
        assertThat(namedScanName).isTrue();
        assertThat(kb.stepText("pairing-fails", "contact-sony-support", "ios", "acme-ah-100").title())
                .isEqualTo("Contact Acme support, or use the cable");
    }

    @Test
    void withoutAProcedureThatProblemsNeedTheCheckNamesIt() throws IOException {
        Path kb = knowledgeWithExample(Map.of("  charge:\n", "  charging:\n"));
        KnowledgeException e = catchThrowableOfType(KnowledgeException.class, () -> KnowledgeBase.load(kb));
        assertThat(e).isNotNull();
        List<String> messages = e.errors().stream().map(KnowledgeError::toString).toList();
        assertThat(messages).anySatisfy(s -> assertThat(s).matches(".*/knowledge/problems/wont-turn-on\\.yaml:\\d+:\\d+: "
                + "device procedure 'charge' is missing for device acme-ah-100 and the instruction has no default: text.*"));
    }

    private static Path copy(Path from, Path to) throws IOException {
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
