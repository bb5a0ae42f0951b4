package org.pairdoctor.cli;

import org.junit.jupiter.api.Test;
import org.pairdoctor.core.knowledge.Host;
import org.pairdoctor.core.knowledge.KnowledgeBase;
import org.pairdoctor.core.knowledge.Problem;
import org.pairdoctor.core.model.Cause;
import org.pairdoctor.core.model.ModelJson;
import org.pairdoctor.core.model.Question;
import org.pairdoctor.core.model.TroubleshootingModel;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ModelCommandTest {
    private static final String MINIMAL = CliRun.minimalKnowledge().toString();

    @Test
    void jsonOutputIsTheContractFormatWithModifiersApplied() {
        CliRun r = CliRun.of("model", "headset-not-in-scan-list", "--host", "android-samsung", "--kb", MINIMAL, "--json");
        assertThat(r.exit()).isZero();
        assertThat(r.err()).isEmpty();
        TroubleshootingModel m = ModelJson.parse(r.out(), "stdout");
        assertThat(m.context()).containsEntry("host", "android-samsung");
        assertThat(m.causes()).filteredOn(c -> c.id().equals("battery-optimisation")).singleElement()
                .satisfies(c -> assertThat(c.prior()).isCloseTo(0.6 / 1.4, within(1e-12)));
        assertThat(m.action("factory-reset").orElseThrow().seconds()).isEqualTo(180.0);
        assertThat(m.action("restart-audio-server")).isEmpty();
    }

    @Test
    void withoutAHostTheModelIsTheGenericOne() {
        CliRun r = CliRun.of("model", "headset-not-in-scan-list", "--kb", MINIMAL, "--json");
        assertThat(r.exit()).isZero();
        assertThat(ModelJson.parse(r.out(), "stdout").context()).containsEntry("host", "generic");
    }

    @Test
    void withoutJsonItPrintsAReadableSummary() {
        CliRun r = CliRun.of("model", "headset-not-in-scan-list", "--host", "linux", "--kb", MINIMAL);
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("problem headset-not-in-scan-list   host linux", "restart-audio-server",
                "factory-reset [destructive]", "escalation: contact-support (900s)");
    }

    @Test
    void anUnknownProblemOrHostFailsNamingTheValidIds() {
        CliRun p = CliRun.of("model", "no-such-problem", "--kb", MINIMAL, "--json");
        assertThat(p.exit()).isEqualTo(1);
        assertThat(p.out()).isEmpty();
        assertThat(p.err()).contains("unknown problem 'no-such-problem'", "first-time-pairing, headset-not-in-scan-list");
        CliRun h = CliRun.of("model", "first-time-pairing", "--host", "amiga", "--kb", MINIMAL, "--json");
        assertThat(h.exit()).isEqualTo(1);
        assertThat(h.err()).contains("unknown host 'amiga'", "android, android-samsung, linux, linux-bluetoothctl, generic");
    }

    @Test
    void missingProblemOrKnowledgeDirectoryIsAUsageError() {
        assertThat(CliRun.of("model", "--kb", MINIMAL).exit()).isEqualTo(2);
        assertThat(CliRun.of("model", "x", "--kb", "/no/such/dir").exit()).isEqualTo(2);
    }

    @Test
    void everyShippedProblemAndHostGivesAModelThatFollowsTheContract() {
        KnowledgeBase kb = KnowledgeBase.load(CliRun.shippedKnowledge());
        List<String> hosts = new ArrayList<>(kb.hosts().stream().map(Host::id).toList());
        hosts.add("generic");
        for (Problem p : kb.problems()) {
            for (String h : hosts) {
                CliRun r = CliRun.of("model", p.id(), "--host", h, "--kb", CliRun.shippedKnowledge().toString(), "--json");
                assertThat(r.exit()).as("exit of model %s --host %s: %s", p.id(), h, r.err()).isZero();
                TroubleshootingModel m = ModelJson.parse(r.out(), p.id() + "@" + h);
                assertThat(m.problem()).isEqualTo(p.id());
                assertThat(m.context()).containsEntry("host", h);
                assertThat(m.causes().stream().mapToDouble(Cause::prior).sum()).isCloseTo(1.0, within(1e-6));
                for (Question q : m.questions()) {
                    for (Cause c : m.causes()) {
                        assertThat(q.answers().stream().mapToDouble(a -> a.likelihood(c.id())).sum())
                                .isCloseTo(1.0, within(1e-6));
                    }
                }
                assertThat(m.escalation()).isNotNull();
                assertThat(r.out()).contains("\"escalation\"");
            }
        }
    }
}
