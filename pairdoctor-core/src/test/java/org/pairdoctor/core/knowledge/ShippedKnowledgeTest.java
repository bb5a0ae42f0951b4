package org.pairdoctor.core.knowledge;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pairdoctor.core.model.Answer;
import org.pairdoctor.core.model.Cause;
import org.pairdoctor.core.model.ModelJson;
import org.pairdoctor.core.model.Question;
import org.pairdoctor.core.model.TroubleshootingModel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.Assertions.within;

/**
 * The shipped {@code knowledge/} directory (found through {@code PAIRDOCTOR_REPO_ROOT}, which surefire
 * sets): it loads without errors, and every problem's model for every host follows the contract of
 * {@code design/troubleshooting.md} after a round trip through the JSON format.
 */
class ShippedKnowledgeTest {
    private static KnowledgeBase kb;

    @BeforeAll
    static void load() {
        Path dir = ShippedKnowledge.directory();
        assertThat(dir).as("the shipped knowledge directory").isDirectory();
        try {
            kb = KnowledgeBase.load(dir);
        } catch (KnowledgeException e) {
            fail("the shipped knowledge base is invalid:\n" + e.getMessage());
        }
    }

    @Test
    void defaultDirectoryIsTheRepositorysKnowledgeDirectory() {
        assertThat(Files.isRegularFile(ShippedKnowledge.directory().resolve("sources.yaml"))).isTrue();
    }

    @Test
    void itHoldsAtLeastOneOfEverything() {
        assertThat(kb.devices()).isNotEmpty();
        assertThat(kb.hosts()).isNotEmpty();
        assertThat(kb.problems()).isNotEmpty();
        assertThat(kb.problems()).anySatisfy(p -> assertThat(p.situation()).isEqualTo("first-time-pairing"));
    }

    @Test
    void everyModelForEveryHostFollowsTheContract() {
        List<String> hosts = new ArrayList<>(kb.hosts().stream().map(Host::id).toList());
        hosts.add(KnowledgeBase.GENERIC_HOST);
        int checked = 0;
        for (Problem p : kb.problems()) {
            for (String h : hosts) {
                TroubleshootingModel m = ModelJson.parse(ModelJson.write(kb.model(p.id(), h, null)), p.id() + "@" + h);
                assertThat(m.problem()).isEqualTo(p.id());
                assertThat(m.context()).containsEntry("host", h);
                assertThat(m.causes().stream().mapToDouble(Cause::prior).sum()).as("priors of %s@%s", p.id(), h)
                        .isCloseTo(1.0, within(1e-6));
                assertThat(m.causeIds()).contains("unknown");
                for (Question q : m.questions()) {
                    for (Cause c : m.causes()) {
                        assertThat(q.answers().stream().mapToDouble(a -> a.likelihood(c.id())).sum())
                                .as("likelihoods of %s for %s in %s@%s", q.id(), c.id(), p.id(), h)
                                .isCloseTo(1.0, within(1e-6));
                    }
                    assertThat(q.answers()).extracting(Answer::id).doesNotHaveDuplicates();
                }
                assertThat(m.actions()).allSatisfy(a -> assertThat(a.fixProbability("unknown")).isZero());
                assertThat(m.escalation()).isNotNull();
                assertThat(m.escalation().seconds()).isPositive();
                checked++;
            }
        }
        assertThat(checked).isEqualTo(kb.problems().size() * hosts.size());
    }

    @Test
    void everyStepRendersForEveryHostWithText() {
        for (Problem p : kb.problems()) {
            for (Host h : kb.hosts()) {
                TroubleshootingModel m = kb.model(p.id(), h.id(), null);
                for (var a : m.actions()) {
                    StepText t = kb.stepText(p.id(), a.id(), h.id(), null);
                    assertThat(t.title()).isNotBlank();
                    assertThat(t.lines()).as("lines of %s in %s on %s", a.id(), p.id(), h.id()).isNotEmpty()
                            .allSatisfy(l -> assertThat(l.text()).isNotBlank().doesNotContain("{device}", "{scanName}"));
                    assertThat(t.destructive()).isEqualTo(a.destructive());
                    if (t.destructive()) {
                        assertThat(t.loses()).isNotBlank();
                    }
                }
                for (var q : m.questions()) {
                    assertThat(kb.stepText(p.id(), q.id(), h.id(), null).answers()).hasSizeGreaterThanOrEqualTo(2);
                }
                assertThat(kb.stepText(p.id(), m.escalation().id(), h.id(), null).lines()).isNotEmpty();
            }
        }
    }

    /** What {@code kb check} enforces, checked here on the rendered text alone, as a person sees it. */
    @Test
    void everyActionAndQuestionShownFitsTheStepBudget() {
        int steps = 0;
        for (Problem p : kb.problems()) {
            for (Host h : kb.hosts()) {
                TroubleshootingModel m = kb.model(p.id(), h.id(), null);
                List<String> ids = new java.util.ArrayList<>();
                m.actions().forEach(a -> ids.add(a.id()));
                m.questions().forEach(q -> ids.add(q.id()));
                for (String id : ids) {
                    List<String> lines = kb.stepText(p.id(), id, h.id(), null).lines().stream()
                            .map(StepText.Line::text).toList();
                    String what = id + " in " + p.id() + " on " + h.id();
                    assertThat(lines).as(what).hasSizeLessThanOrEqualTo(6);
                    assertThat(lines.stream().map(l -> l.toLowerCase(java.util.Locale.ROOT).replaceAll("\\W+", " ")
                            .trim())).as(what).doesNotHaveDuplicates();
                    assertThat(lines).as(what).allSatisfy(l -> {
                        assertThat(l.split("\\s+")).hasSizeLessThanOrEqualTo(25);
                        assertThat(l).doesNotStartWith("Or:").doesNotStartWith("Otherwise").doesNotStartWith("If ");
                    });
                    steps++;
                }
            }
        }
        assertThat(steps).isGreaterThan(200);
    }

    @Test
    void everyProblemOffersARepairOnEveryHostBeforeEscalating() {
        for (Problem p : kb.problems()) {
            for (Host h : kb.hosts()) {
                TroubleshootingModel m = kb.model(p.id(), h.id(), null);
                assertThat(m.actions()).as("repair actions of %s on %s", p.id(), h.id()).isNotEmpty();
            }
        }
    }

    @Test
    void theCommonRealProblemsOfIssue10AreShipped() {
        assertThat(kb.problems()).extracting(Problem::id).contains("firmware-update", "touch-panel-not-responding",
                "callers-hear-you-badly", "muffled-mono-on-computer", "ldac-no-sound", "low-volume-after-reconnect",
                "sound-lags-video", "companion-app-not-connecting", "one-earcup-silent");
    }

    @Test
    void hostSpecificSettingsRenderTheHostsOwnMenuPath() {
        assertThat(lineTexts("low-volume-after-reconnect", "disable-absolute-volume", "android-samsung"))
                .anySatisfy(l -> assertThat(l).contains("Software information"))
                .anySatisfy(l -> assertThat(l).contains("Disable absolute volume"));
        assertThat(lineTexts("low-volume-after-reconnect", "disable-absolute-volume", "windows-11"))
                .anySatisfy(l -> assertThat(l).contains("DisableAbsoluteVolume"));
        assertThat(kb.model("low-volume-after-reconnect", "ios", null).actions())
                .noneMatch(a -> a.id().equals("disable-absolute-volume"));
        assertThat(lineTexts("one-earcup-silent", "centre-balance", "ios"))
                .anySatisfy(l -> assertThat(l).contains("Audio & Visual"));
        assertThat(lineTexts("muffled-mono-on-computer", "use-computer-mic", "windows-10"))
                .anySatisfy(l -> assertThat(l).contains("Hands-Free"));
    }

    private static List<String> lineTexts(String problem, String step, String host) {
        return kb.stepText(problem, step, host, "sony-wh-1000xm2").lines().stream().map(StepText.Line::text).toList();
    }

    @Test
    void everyHostHasAPairingGuide() {
        for (Host h : kb.hosts()) {
            assertThat(kb.pairingGuide(h.id(), null)).as("pairing guide for %s", h.id()).isNotEmpty();
        }
    }

    @Test
    void thePairingModeHoldIsShownOnTheLineThatSaysToHold() {
        StepText t = kb.stepText("headset-not-in-scan-list", "enter-pairing-mode", "ios", "sony-wh-1000xm2");
        StepText.Line hold = t.lines().stream().filter(l -> l.holdSeconds() != null).findFirst().orElseThrow();
        assertThat(hold.text()).containsIgnoringCase("hold");
        assertThat(hold.holdSeconds()).isEqualTo(7);
        assertThat(hold.voicePrompt()).isEqualTo("Bluetooth pairing");
    }
}
