package org.pairdoctor.core.knowledge;

import org.junit.jupiter.api.Test;
import org.pairdoctor.core.model.StepKind;
import org.pairdoctor.core.model.Cause;
import org.pairdoctor.core.model.TroubleshootingModel;

import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class KnowledgeBaseTest {
    private final KnowledgeBase kb = KnowledgeBase.load(KnowledgeFixtures.minimal());

    @Test
    void loadsEveryKindOfFile() {
        assertThat(kb.devices()).extracting(Device::id).containsExactly("test-headset");
        assertThat(kb.hosts()).extracting(Host::id).containsExactly("android", "android-samsung", "linux",
                "linux-bluetoothctl");
        assertThat(kb.problems()).extracting(Problem::id).containsExactly("first-time-pairing",
                "headset-not-in-scan-list");
        assertThat(kb.behaviours()).extracting(Behaviour::id).containsExactly("first-pairing-takes-time");
        assertThat(kb.faq()).extracting(FaqEntry::id).containsExactly("two-devices");
        assertThat(kb.sources()).containsKeys("test-manual", "author-estimate");
        assertThat(kb.sourceClaims("test-headset")).singleElement()
                .satisfies(c -> assertThat(c.verdict()).isEqualTo("false"));
        assertThat(kb.summary().toString()).startsWith("1 devices, 4 hosts, 2 problems, 6 causes, 5 actions, "
                + "1 questions, 1 facts, 1 checked claims");
    }

    @Test
    void hostsInheritProceduresTheyDoNotOverride() {
        Host samsung = kb.host("android-samsung").orElseThrow();
        assertThat(samsung.parent()).contains("android");
        assertThat(samsung.family()).isEqualTo("android");
        assertThat(samsung.procedures()).containsKeys("open-bluetooth-settings", "forget-device");
        assertThat(samsung.procedure("open-bluetooth-settings").orElseThrow().steps())
                .containsExactly("Open Settings.", "Tap Connections, then Bluetooth.");
        assertThat(samsung.ownProcedures()).doesNotContainKey("forget-device");
        assertThat(kb.hostAncestry("linux-bluetoothctl")).containsExactly("linux-bluetoothctl", "linux");
    }

    @Test
    void modifiersOfAParentHostApplyToItsChildrenAndPriorsAreRenormalised() {
        Map<String, Double> priors = priors(kb.model("headset-not-in-scan-list", "android-samsung", null));
        // 0.5, 0.2*3, 0.2, 0.1 renormalised over 1.4
        assertThat(priors.get("battery-optimisation")).isCloseTo(0.6 / 1.4, within(1e-12));
        assertThat(priors.get("not-in-pairing-mode")).isCloseTo(0.5 / 1.4, within(1e-12));
        assertThat(priors.values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void familyModifiersApplyOnlyToThatFamily() {
        assertThat(priors(kb.model("headset-not-in-scan-list", "linux-bluetoothctl", null)).get("audio-server-down"))
                .isCloseTo(0.4 / 1.2, within(1e-12));
        assertThat(priors(kb.model("headset-not-in-scan-list", "android", null)).get("audio-server-down"))
                .isCloseTo(0.2 / 1.4, within(1e-12));
    }

    @Test
    void onlyForDropsActionsOnOtherHostsAndTheStaticOrderFollows() {
        TroubleshootingModel android = kb.model("headset-not-in-scan-list", "android", null);
        assertThat(android.action("restart-audio-server")).isEmpty();
        assertThat(android.staticOrder()).containsExactly("indicator-pattern", "enter-pairing-mode", "factory-reset",
                "contact-support");
        TroubleshootingModel linux = kb.model("headset-not-in-scan-list", "linux-bluetoothctl", null);
        assertThat(linux.action("restart-audio-server")).isPresent();
        assertThat(linux.context()).containsEntry("host", "linux-bluetoothctl");
    }

    @Test
    void destructiveActionsCostTheirPenaltyToo() {
        var reset = kb.model("headset-not-in-scan-list", "android", null).action("factory-reset").orElseThrow();
        assertThat(reset.seconds()).isEqualTo(180.0);
        assertThat(reset.destructive()).isTrue();
    }

    @Test
    void theGenericHostAppliesNoModifierAndNoHostSpecificStep() {
        TroubleshootingModel generic = kb.model("headset-not-in-scan-list", null, null);
        assertThat(generic.context()).containsEntry("host", "generic");
        assertThat(priors(generic).get("battery-optimisation")).isCloseTo(0.2, within(1e-12));
        assertThat(generic.action("restart-audio-server")).isEmpty();
        assertThat(kb.model("headset-not-in-scan-list", "generic", null)).isEqualTo(generic);
    }

    @Test
    void unknownIdsNameTheValidOnes() {
        assertThatThrownBy(() -> kb.model("nope", "android", null)).isInstanceOf(UnknownIdException.class)
                .hasMessageContaining("unknown problem 'nope'").hasMessageContaining("headset-not-in-scan-list");
        assertThatThrownBy(() -> kb.model("first-time-pairing", "amiga", null)).isInstanceOf(UnknownIdException.class)
                .hasMessageContaining("unknown host 'amiga'").hasMessageContaining("android-samsung, linux");
        assertThatThrownBy(() -> kb.stepText("first-time-pairing", "x", "android", null))
                .isInstanceOf(UnknownIdException.class).hasMessageContaining("pair, contact-support");
    }

    @Test
    void stepTextExpandsDeviceAndHostProceduresForTheHost() {
        StepText t = kb.stepText("headset-not-in-scan-list", "enter-pairing-mode", "android-samsung", "test-headset");
        assertThat(t.kind()).isEqualTo(StepKind.ACTION);
        assertThat(t.basis()).isEqualTo("estimate");
        assertThat(t.lines()).extracting(StepText.Line::text).containsExactly(
                "Turn the headset off.", "Press and hold the POWER button for about 7 seconds.",
                "Open Settings.", "Tap Connections, then Bluetooth.", "Select TH-1 (not LE_TH-1).");
        StepText.Line hold = t.lines().get(1);
        assertThat(hold.holdSeconds()).isEqualTo(7);
        assertThat(hold.buttons()).containsExactly("power");
        assertThat(hold.voicePrompt()).isEqualTo("Bluetooth pairing");
        assertThat(t.lines().get(0).holdSeconds()).isNull();
    }

    @Test
    void stepTextShowsMenuPathsPerOsVersion() {
        StepText t = kb.stepText("headset-not-in-scan-list", "enter-pairing-mode", "android", null);
        assertThat(t.lines()).anySatisfy(l -> {
            assertThat(l.versionNote()).isEqualTo("Android 9 and older");
            assertThat(l.text()).isEqualTo("Open Settings. Tap Bluetooth.");
        });
    }

    @Test
    void hostsWithoutAProcedureGetTheDefaultText() {
        StepText t = kb.stepText("headset-not-in-scan-list", "forget-and-retry", "linux", null);
        assertThat(t.lines()).extracting(StepText.Line::text)
                .containsExactly("Remove the headset from the list of paired devices.");
        assertThat(kb.stepText("headset-not-in-scan-list", "forget-and-retry", "android", null).lines())
                .extracting(StepText.Line::text).containsExactly("Tap the gear next to TH-1.", "Tap Forget.");
    }

    @Test
    void destructiveStepsSayWhatTheyErase() {
        StepText t = kb.stepText("headset-not-in-scan-list", "factory-reset", "android", null);
        assertThat(t.destructive()).isTrue();
        assertThat(t.loses()).isEqualTo("every pairing");
    }

    @Test
    void questionsAndEscalationsRender() {
        StepText q = kb.stepText("headset-not-in-scan-list", "indicator-pattern", "linux", null);
        assertThat(q.kind()).isEqualTo(StepKind.QUESTION);
        assertThat(q.answers()).extracting(StepText.AnswerText::id).containsExactly("flashes-twice-repeatedly", "other");
        StepText e = kb.stepText("headset-not-in-scan-list", "contact-support", "linux", null);
        assertThat(e.kind()).isEqualTo(StepKind.ESCALATION);
        assertThat(e.escalationContact()).isEqualTo("https://example.org/support");
        assertThat(e.alternatives()).containsExactly("Use the audio cable");
    }

    @Test
    void pairingGuideFollowsTheFirstTimePairingProblem() {
        assertThat(kb.pairingGuide("linux", "test-headset")).extracting(StepText.Line::text).containsExactly(
                "Press and hold the POWER button for about 2 seconds.", "Open Settings, then Bluetooth.",
                "Select TH-1.");
    }

    @Test
    void causeTitlesAreLookedUpByProblem() {
        assertThat(kb.causeTitle("headset-not-in-scan-list", "unknown")).isEqualTo("Something we have not identified");
    }

    @Test
    void modelsAreComputedOnceAndShared() {
        assertThat(kb.model("first-time-pairing", "android", null)).isSameAs(kb.model("first-time-pairing", "android", null));
        assertThat(kb.stepText("first-time-pairing", "pair", "android", null))
                .isSameAs(kb.stepText("first-time-pairing", "pair", "android", null));
    }

    private static Map<String, Double> priors(TroubleshootingModel m) {
        return m.causes().stream().collect(Collectors.toMap(Cause::id, Cause::prior));
    }
}
