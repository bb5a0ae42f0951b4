package org.pairdoctor.core.probe;

import org.junit.jupiter.api.Test;
import org.pairdoctor.core.knowledge.KnowledgeBase;
import org.pairdoctor.core.knowledge.ShippedKnowledge;
import org.pairdoctor.core.knowledge.Problem;
import org.pairdoctor.core.model.TroubleshootingModel;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The hand-over from the connector's typed evidence to a guided session, on the shipped knowledge base. */
class ProbeHandOverTest {
    private static final KnowledgeBase KB = KnowledgeBase.load(ShippedKnowledge.directory());

    private static Set<String> problemIds() {
        return KB.problems().stream().map(Problem::id).collect(Collectors.toSet());
    }

    @Test
    void everyFindingHandsOverToProblemsTheShippedKnowledgeBaseHas() {
        for (Finding f : Finding.values()) {
            assertThat(problemIds()).as(f.name()).containsAll(f.problems());
        }
        assertThat(Finding.NO_BUS.problems()).isEmpty();
    }

    @Test
    void everyProbeTheShippedKnowledgeBaseNamesIsKnownToTheCore() {
        List<String> named = KB.problems().stream().flatMap(p -> p.questions().stream())
                .map(Problem.Question::probe).filter(p -> p != null && !p.isBlank()).distinct().toList();
        assertThat(named).isNotEmpty();
        assertThat(Probe.ids()).containsAll(named);
    }

    @Test
    void theProblemIsTheFirstOfTheFindingsThatTheKnowledgeBaseHas() {
        ProbeReport pageTimeout = new ProbeReport(false, Optional.of(Finding.PAGE_TIMEOUT), Map.of());
        assertThat(ProbeHandOver.problem(pageTimeout, problemIds())).contains("pairing-fails");
        assertThat(ProbeHandOver.problem(pageTimeout, Set.of("headset-not-in-scan-list")))
                .contains("headset-not-in-scan-list");
        assertThat(ProbeHandOver.problem(new ProbeReport(false, Optional.of(Finding.NO_BUS), Map.of()), problemIds()))
                .isEmpty();
        assertThat(ProbeHandOver.problem(new ProbeReport(true, Optional.empty(), Map.of()), problemIds())).isEmpty();
    }

    @Test
    void questionsWhoseProbeWasReadAreAnsweredWhenTheAnswerFits() {
        Problem problem = KB.problem("linux-profile-unavailable").orElseThrow();
        TroubleshootingModel model = KB.model("linux-profile-unavailable", "linux-gnome", null);
        Map<String, String> questionProbes = ProbeHandOver.questionProbes(problem);
        assertThat(questionProbes).containsEntry("a2dp-endpoint-registered", "a2dp-source-registered");
        ProbeReport report = new ProbeReport(false, Optional.of(Finding.AUDIO_SERVER_MISSING),
                Map.of(Probe.A2DP_SOURCE_REGISTERED, "missing", Probe.AUDIO_SERVER, "pipewire",
                        Probe.BLUETOOTH_SERVICE, "running"));
        assertThat(ProbeHandOver.preAnswers(model, questionProbes, report))
                .containsEntry("a2dp-endpoint-registered", "missing")
                .doesNotContainKey("symptom");
        // A reading the question has no answer for leaves the question to the person.
        ProbeReport other = new ProbeReport(false, Optional.of(Finding.AUDIO_SERVER_MISSING),
                Map.of(Probe.PROFILE_CONNECTED, "a2dp-active"));
        assertThat(ProbeHandOver.preAnswers(model, Map.of("a2dp-endpoint-registered", "profile-connected"), other))
                .isEmpty();
    }

    @Test
    void aReportIsConsistentAndItsReadingsAreAnswersTheProbeCanGive() {
        assertThatThrownBy(() -> new ProbeReport(false, Optional.empty(), Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs a finding");
        assertThatThrownBy(() -> new ProbeReport(true, Optional.of(Finding.STALE_KEY), Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ProbeReport(true, Optional.empty(), Map.of(Probe.RFKILL, "off")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("probe 'rfkill' has no answer 'off'; its answers: unblocked, soft-blocked, hard-blocked");
        assertThat(Probe.byId("device-paired")).contains(Probe.DEVICE_PAIRED);
        assertThat(Probe.byId("adapter-sees-device")).isEmpty();
    }
}
