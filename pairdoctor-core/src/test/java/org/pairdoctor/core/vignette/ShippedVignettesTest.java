package org.pairdoctor.core.vignette;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pairdoctor.core.engine.Planners;
import org.pairdoctor.core.knowledge.KnowledgeBase;
import org.pairdoctor.core.knowledge.ShippedKnowledge;
import org.pairdoctor.core.knowledge.Problem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped suite ({@code knowledge/vignettes/}): every case passes except those in
 * {@code KNOWN-FAILURES} (which must still fail: a listed case that passes fails the suite), it covers
 * every problem and fixable cause, and breaking a case makes it fail loudly.
 */
class ShippedVignettesTest {
    static final String DROPS = "drops-every-few-minutes";
    static Path dir;
    static KnowledgeBase kb;
    static VignetteSuite suite;

    @TempDir
    Path tmp;

    @BeforeAll
    static void load() {
        dir = ShippedKnowledge.directory();
        kb = KnowledgeBase.load(dir);
        suite = VignetteSuite.load(dir, kb);
    }

    @Test
    void everyCasePassesExceptTheKnownFailures() {
        VignetteReport report = new VignetteRunner(kb, Planners.standard()).run(suite, Optional.empty());
        String failures = report.results().stream().filter(r -> r.verdict().failsSuite())
                .flatMap(r -> VignetteReport.describe(r).stream()).collect(Collectors.joining("\n"));
        assertThat(report.passed()).as(report.summary() + "\n" + failures).isTrue();
        assertThat(report.results()).hasSize(suite.size());
    }

    @Test
    void everyProblemAndEveryCauseThatAnActionFixesHasACase() {
        List<String> missing = new ArrayList<>();
        for (Problem p : kb.problems()) {
            for (Problem.Cause c : p.causes()) {
                boolean fixable = p.actions().stream().anyMatch(a -> a.fixes().getOrDefault(c.id(), 0.0) >= 0.5);
                boolean covered = suite.vignettes().stream().flatMap(v -> v.cases().stream())
                        .anyMatch(k -> k.problem().equals(p.id()) && k.cause().equals(c.id()));
                if (fixable && !covered) {
                    missing.add(p.id() + "/" + c.id());
                }
            }
        }
        assertThat(missing).as("problem/cause without a vignette").isEmpty();
    }

    @Test
    void theCasesOfIssue10AreThereAndMustNotEscalate() {
        assertThat(cases()).filteredOn(c -> c.problem().equals(DROPS) && c.cause().equals("headset-low-battery"))
                .isNotEmpty().allMatch(VignetteCase::mustNotEscalate);
        assertThat(cases()).filteredOn(c -> c.problem().equals("wont-turn-on")
                        && List.of("battery-flat", "charger-or-cable-fault").contains(c.cause()))
                .extracting(VignetteCase::cause).contains("battery-flat", "charger-or-cable-fault");
        assertThat(cases()).filteredOn(c -> c.problem().equals("headset-not-in-scan-list")
                && c.cause().equals("headset-off-or-flat")).hasSizeGreaterThanOrEqualTo(2)
                .allMatch(VignetteCase::mustNotEscalate);
        assertThat(cases()).filteredOn(VignetteCase::escalationIsRight).hasSizeGreaterThanOrEqualTo(3);
        assertThat(cases().stream().map(VignetteCase::host).distinct()).hasSizeGreaterThanOrEqualTo(8);
    }

    @Test
    void aCaseWhoseFixNeverComesFailsNamingTheCaseAndTheStep() throws IOException {
        Path copy = copy();
        Path file = copy.resolve("vignettes/" + DROPS + ".yaml");
        String text = Files.readString(file);
        String block = text.substring(text.indexOf("  - id: phone-in-the-back-pocket"));
        block = block.substring(0, block.indexOf("\n\n"));
        Files.writeString(file, text.replace(block, block.replace("fixes: [move-closer]", "fixes: [stable-connection-mode]")
                .replaceFirst("maxSteps: \\d+", "maxSteps: 1")));
        VignetteResult r = result(copy, "phone-in-the-back-pocket");
        assertThat(r.verdict()).isEqualTo(VignetteResult.Verdict.FAIL);
        assertThat(r.failure().orElseThrow().step()).isEqualTo(2);
        assertThat(String.join("\n", VignetteReport.describe(r)))
                .contains("FAIL " + DROPS + "/phone-in-the-back-pocket (ios")
                .contains(copy + "/vignettes/" + DROPS + ".yaml:")
                .contains("went wrong at step 2: no acceptable fix (stable-connection-mode) within maxSteps 1");
    }

    @Test
    void knowledgeThatNoLongerFixesACaseFailsIt() throws IOException {
        Path copy = copy();
        Path file = copy.resolve("problems/" + DROPS + ".yaml");
        String text = Files.readString(file);
        // move-closer becomes nearly useless against distance: the person in the back-pocket case is not helped.
        Matcher m = Pattern.compile("(- id: move-closer\\n(?:.*\\n)*?.*fixes: \\{too-far-or-interference: )[0-9.]+")
                .matcher(text);
        assertThat(m.find()).as("move-closer's fix of too-far-or-interference in " + file).isTrue();
        Files.writeString(file, m.replaceFirst("$10.01"));
        VignetteResult r = result(copy, "phone-in-the-back-pocket");
        assertThat(r.verdict()).isEqualTo(VignetteResult.Verdict.FAIL);
        assertThat(r.failure().orElseThrow().message()).containsAnyOf("escalated", "no acceptable fix (move-closer)");
        assertThat(String.join("\n", VignetteReport.describe(r))).contains("FAIL " + DROPS + "/phone-in-the-back-pocket")
                .contains("went wrong at step " + r.failure().orElseThrow().step());
    }

    private static List<VignetteCase> cases() {
        return suite.vignettes().stream().flatMap(v -> v.cases().stream()).toList();
    }

    private static VignetteResult result(Path copy, String caseId) {
        KnowledgeBase base = KnowledgeBase.load(copy);
        VignetteReport report = new VignetteRunner(base, Planners.standard())
                .run(VignetteSuite.load(copy, base), Optional.of(DROPS));
        assertThat(report.passed()).isFalse();
        return report.results().stream().filter(x -> x.vignetteCase().id().equals(caseId)).findFirst().orElseThrow();
    }

    private Path copy() throws IOException {
        Path to = tmp.resolve("knowledge");
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(dir.relativize(f).toString());
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
