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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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
                "factory-reset [destructive]", "escalation: contact-support (support-contact, 900s");
    }

    @Test
    void theModelIsTheDevicesAndAnUnknownDeviceFailsNamingTheValidOnes() {
        CliRun ok = CliRun.of("model", "headset-not-in-scan-list", "--device", "test-headset", "--kb", MINIMAL, "--json");
        assertThat(ok.exit()).isZero();
        assertThat(ModelJson.parse(ok.out(), "stdout").context()).containsEntry("device", "test-headset");
        CliRun bad = CliRun.of("model", "headset-not-in-scan-list", "--device", "test-headst", "--kb", MINIMAL);
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.out()).isEmpty();
        assertThat(bad.err()).contains("unknown device 'test-headst'", "test-headset").doesNotContain("Exception");
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

    /**
     * Every shipped problem and every host through the command (each problem with some host, each host
     * with some problem: loading per run makes all pairs slow; ShippedKnowledgeTest in the core checks
     * every pair through the same JSON round trip).
     */
    @Test
    void everyShippedProblemAndHostGivesAModelThatFollowsTheContract() {
        KnowledgeBase kb = KnowledgeBase.load(CliRun.shippedKnowledge());
        List<String> hosts = new ArrayList<>(kb.hosts().stream().map(Host::id).toList());
        hosts.add("generic");
        List<String> problems = kb.problems().stream().filter(pr -> pr.appliesTo(kb.defaultDevice())).map(Problem::id).toList();
        Set<List<String>> pairs = new LinkedHashSet<>();
        for (int i = 0; i < problems.size(); i++) {
            pairs.add(List.of(problems.get(i), hosts.get(i % hosts.size())));
        }
        for (int j = 0; j < hosts.size(); j++) {
            pairs.add(List.of(problems.get(j % problems.size()), hosts.get(j)));
        }
        for (List<String> pair : pairs) {
            String p = pair.get(0);
            String h = pair.get(1);
            CliRun r = CliRun.of("model", p, "--host", h, "--kb", CliRun.shippedKnowledge().toString(), "--json");
            assertThat(r.exit()).as("exit of model %s --host %s: %s", p, h, r.err()).isZero();
            TroubleshootingModel m = ModelJson.parse(r.out(), p + "@" + h);
            assertThat(m.problem()).isEqualTo(p);
            assertThat(m.context()).containsEntry("host", h);
            assertThat(m.causes().stream().mapToDouble(Cause::prior).sum()).isCloseTo(1.0, within(1e-6));
            for (Question q : m.questions()) {
                for (Cause c : m.causes()) {
                    assertThat(q.answers().stream().mapToDouble(a -> a.likelihood(c.id())).sum())
                            .isCloseTo(1.0, within(1e-6));
                }
            }
            assertThat(r.out()).contains("\"escalation\"");
            assertThat(m).isEqualTo(kb.model(p, h, null));
        }
        assertThat(pairs.stream().map(x -> x.get(0))).containsAll(problems);
        assertThat(pairs.stream().map(x -> x.get(1))).containsAll(hosts);
    }
}
