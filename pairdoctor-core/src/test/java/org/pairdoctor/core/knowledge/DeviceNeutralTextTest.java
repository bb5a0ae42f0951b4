package org.pairdoctor.core.knowledge;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pairdoctor.core.model.TroubleshootingModel;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Problems and host procedures name the headset through placeholders, so the shipped texts render
 * with the WH-1000XM2's names for it and with no placeholder or optional-segment syntax left over.
 * (A second headset, with and without an LE entry, is covered by {@link DocsExampleTest}.)
 */
class DeviceNeutralTextTest {
    private static final String XM2 = "sony-wh-1000xm2";
    private static KnowledgeBase kb;

    @BeforeAll
    static void load() {
        kb = KnowledgeBase.load(ShippedKnowledge.directory());
    }

    @Test
    void pairingOnASamsungPhoneNamesTheXm2AndItsLeEntry() {
        StepText t = kb.stepText("first-time-pairing", "pair-now", "android-samsung", XM2);
        List<String> texts = t.lines().stream().map(StepText.Line::text).toList();
        assertThat(texts).anySatisfy(s -> assertThat(s).isEqualTo(
                "Tap WH-1000XM2 (not LE_WH-1000XM2) under Available devices (tap Scan if it is missing) and confirm Pair."));
        assertThat(renderedTexts(t)).allSatisfy(DeviceNeutralTextTest::fullyRendered);
    }

    @Test
    void escalationsNameTheDevicesMaker() {
        StepText t = kb.stepText("pairing-fails", kb.problem("pairing-fails").orElseThrow().escalation().id(),
                "ios", XM2);
        assertThat(t.title()).isEqualTo("Contact Sony support, or use the cable");
    }

    @Test
    void everyShippedStepRendersWithoutLeftOverSyntaxOnEveryHost() {
        List<String> hosts = new ArrayList<>(kb.hosts().stream().map(Host::id).toList());
        hosts.add(KnowledgeBase.GENERIC_HOST);
        int texts = 0;
        for (Problem p : kb.problems()) {
            for (String h : hosts) {
                for (StepText t : allSteps(kb, p.id(), h, XM2)) {
                    for (String s : renderedTexts(t)) {
                        assertThat(s).as("%s of %s on %s", t.stepId(), p.id(), h).satisfies(DeviceNeutralTextTest::fullyRendered);
                        texts++;
                    }
                }
            }
        }
        assertThat(texts).isGreaterThan(1000);
    }

    static void fullyRendered(String s) {
        assertThat(s).doesNotContain("{", "}", "[[", "]]", "()", "( ", " )").doesNotStartWith(" ").doesNotEndWith(" ");
    }

    /** Every step of a problem's model for a host, rendered for a device. */
    static List<StepText> allSteps(KnowledgeBase kb, String problem, String host, String device) {
        List<StepText> out = new ArrayList<>();
        if (!kb.exists(problem, device)) {
            return out;
        }
        TroubleshootingModel m = kb.model(problem, host, device);
        m.actions().forEach(a -> out.add(kb.stepText(problem, a.id(), host, device)));
        m.questions().forEach(q -> out.add(kb.stepText(problem, q.id(), host, device)));
        out.add(kb.stepText(problem, m.escalation().id(), host, device));
        return out;
    }

    /** Every text a person sees of a step. */
    static List<String> renderedTexts(StepText t) {
        List<String> out = new ArrayList<>();
        out.add(t.title());
        for (StepText.Line l : t.lines()) {
            out.add(l.text());
            if (l.indicator() != null) {
                out.add(l.indicator());
            }
            if (l.voicePrompt() != null) {
                out.add(l.voicePrompt());
            }
        }
        t.answers().forEach(a -> out.add(a.text()));
        if (t.loses() != null) {
            out.add(t.loses());
        }
        if (t.escalationContact() != null) {
            out.add(t.escalationContact());
        }
        out.addAll(t.alternatives());
        return out;
    }
}
