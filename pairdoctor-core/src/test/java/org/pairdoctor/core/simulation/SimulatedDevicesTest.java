package org.pairdoctor.core.simulation;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pairdoctor.core.engine.Planners;
import org.pairdoctor.core.knowledge.Device;
import org.pairdoctor.core.knowledge.Host;
import org.pairdoctor.core.knowledge.KnowledgeBase;
import org.pairdoctor.core.knowledge.Problem;
import org.pairdoctor.core.knowledge.ShippedKnowledge;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The {@code devices:} mix of a world: sessions drawn per headset, only where the problem exists. */
class SimulatedDevicesTest {
    private static final String OVER_EAR = "sony-wh-1000xm4";
    private static final String EARBUDS = "sony-wf-1000xm4";
    private static final String COMMON = "connected-no-sound";
    private static final String EARBUDS_ONLY = "earbuds-not-charging-in-case";
    private static KnowledgeBase kb;
    private static ModelCatalog catalog;

    @BeforeAll
    static void load() {
        kb = KnowledgeBase.load(ShippedKnowledge.directory());
        catalog = ModelCatalog.of(kb, kb.problems().stream().map(Problem::id).toList(),
                kb.hosts().stream().map(Host::id).toList(), kb.devices().stream().map(Device::id).toList());
    }

    private static Simulator simulator(String devices) {
        return new Simulator(WorldFile.parse("knowledge: kb\n" + devices, "devices.yaml", Path.of("/tmp")), catalog);
    }

    /** Device of each of {@code n} sessions of a problem, run directly with the planner. */
    private static Map<String, Integer> devicesOf(Simulator sim, String problem, int n) {
        Map<String, Integer> count = new HashMap<>();
        for (int i = 0; i < n; i++) {
            long seed = Simulator.sessionSeed(11, problem, i);
            SessionOutcome o = sim.run(Planners.standard(), problem, sim.drawHost(seed), seed);
            count.merge(Objects.toString(o.device()), 1, Integer::sum);
        }
        return count;
    }

    @Test
    void theKnowledgeBaseHasTheHeadsetsTheseTestsName() {
        assertThat(kb.exists(EARBUDS_ONLY, EARBUDS)).isTrue();
        assertThat(kb.exists(EARBUDS_ONLY, OVER_EAR)).isFalse();
        assertThat(kb.exists(COMMON, OVER_EAR) && kb.exists(COMMON, EARBUDS)).isTrue();
    }

    @Test
    void twoDevicesShareTheSessionsByTheirWeights() {
        Simulator sim = simulator("devices: {" + OVER_EAR + ": 3, " + EARBUDS + ": 1}\n");
        int n = 2000;
        Map<String, Integer> count = devicesOf(sim, COMMON, n);
        assertThat(count.keySet()).containsExactlyInAnyOrder(OVER_EAR, EARBUDS);
        // 3:1 gives 0.75; three standard deviations of a share of 2000 are about 0.03.
        assertThat(count.get(OVER_EAR) / (double) n).isCloseTo(0.75, within(0.03));
        assertThat(devicesOf(sim, COMMON, 50)).isEqualTo(devicesOf(sim, COMMON, 50));
    }

    @Test
    void eachSessionUsesItsDevicesModel() {
        Simulator sim = simulator("devices: {" + OVER_EAR + ": 1, " + EARBUDS + ": 1}\n");
        String host = catalog.hosts().get(0);
        // The headsets' models differ (their procedures do), so the test sees which one a session used.
        assertThat(catalog.model(COMMON, host, OVER_EAR)).isNotEqualTo(catalog.model(COMMON, host, EARBUDS));
        for (String d : List.of(OVER_EAR, EARBUDS)) {
            assertThat(sim.truth(COMMON, host, d).model()).isEqualTo(catalog.model(COMMON, host, d));
        }
    }

    @Test
    void anEarbudsOnlyProblemIsNeverSimulatedOnAnOverEarHeadset() {
        Simulator sim = simulator("devices: {" + OVER_EAR + ": 10, " + EARBUDS + ": 1}\n");
        assertThat(devicesOf(sim, EARBUDS_ONLY, 300)).containsOnlyKeys(EARBUDS);
        assertThatThrownBy(() -> simulator("devices: {" + OVER_EAR + ": 1}\n").run(Planners.standard(),
                EARBUDS_ONLY, catalog.hosts().get(0), 1))
                .isInstanceOf(InvalidWorldException.class).hasMessageContaining("no device of the mix");
    }

    @Test
    void withoutADeviceMixEverySessionIsOnTheDefaultDevice() {
        Simulator sim = simulator("");
        assertThat(devicesOf(sim, COMMON, 50)).containsOnlyKeys("null");
        assertThat(sim.truth(COMMON, "windows-11", null)).isSameAs(sim.truth(COMMON, "windows-11"));
    }

    @Test
    void aBadDeviceIdOrWeightIsReportedWithItsPosition(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("headsets.yaml");
        Files.writeString(file, """
                knowledge: kb
                devices:
                  sony-wh-1000xm4: 1
                  sony-wx-9: 2
                """);
        World w = WorldFile.read(file);
        assertThatThrownBy(() -> new Simulator(w, catalog)).isInstanceOf(InvalidWorldException.class)
                .hasMessageContaining(file + ":4:14: unknown device 'sony-wx-9'; known: [");
        Files.writeString(file, """
                knowledge: kb
                devices:
                  sony-wh-1000xm4: -1
                """);
        assertThatThrownBy(() -> WorldFile.read(file)).isInstanceOf(InvalidWorldException.class)
                .hasMessageContaining(file + ":3:20: devices.sony-wh-1000xm4 is -1.0; it must be a finite number >= 0");
    }

    @Test
    void theHeadsetsWorldRunsABenchOnEveryHeadsetItWeights() {
        Path file = ShippedKnowledge.directory().toAbsolutePath().getParent().resolve("worlds").resolve("headsets.yaml");
        World w = WorldFile.read(file);
        assertThat(w.devices()).containsOnlyKeys(kb.devices().stream().map(Device::id).toList());
        Simulator sim = new Simulator(w, catalog);
        List<Bench.Row> rows = new Bench(sim).run(new Bench.Options(List.of(COMMON, EARBUDS_ONLY), null,
                List.of("planner"), 40, 5, 1000));
        assertThat(rows).allSatisfy(r -> assertThat(r.note()).isNull());
        assertThat(rows).allSatisfy(r -> assertThat(r.resolvedShare()).isNotNull());
        assertThat(devicesOf(sim, COMMON, 400).keySet()).hasSizeGreaterThanOrEqualTo(6);

        // After the pooled row, one row per headset drawn: together they are the pooled sessions.
        Bench.Row pooled = rows.stream().filter(r -> r.problem().equals("all") && r.device() == null).findFirst()
                .orElseThrow();
        List<Bench.Row> perHeadset = rows.stream().filter(r -> r.device() != null).toList();
        assertThat(perHeadset).hasSizeGreaterThanOrEqualTo(6)
                .allSatisfy(r -> assertThat(r.problem()).isEqualTo("all"))
                .allSatisfy(r -> assertThat(w.devices()).containsKey(r.device()));
        assertThat(perHeadset.stream().mapToInt(Bench.Row::sessions).sum()).isEqualTo(pooled.sessions());
        double weighted = perHeadset.stream().mapToDouble(r -> r.meanSeconds() * r.sessions()).sum() / pooled.sessions();
        assertThat(weighted).isCloseTo(pooled.meanSeconds(), org.assertj.core.api.Assertions.within(1e-6));
        // Earbuds and over-ear headsets both have rows of their own.
        assertThat(perHeadset.stream().map(Bench.Row::device)).contains("sony-wf-1000xm4", "sony-wh-1000xm4");
    }
}
