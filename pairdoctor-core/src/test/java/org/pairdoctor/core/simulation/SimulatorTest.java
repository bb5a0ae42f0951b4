package org.pairdoctor.core.simulation;

import org.pairdoctor.core.session.InMemorySessionStore;

import org.junit.jupiter.api.Test;
import org.pairdoctor.core.engine.Planners;
import org.pairdoctor.core.engine.Policies;
import org.pairdoctor.core.model.Action;
import org.pairdoctor.core.model.Answer;
import org.pairdoctor.core.model.Cause;
import org.pairdoctor.core.model.Escalation;
import org.pairdoctor.core.model.Question;
import org.pairdoctor.core.model.TroubleshootingModel;
import org.pairdoctor.core.session.Outcome;
import org.pairdoctor.core.session.SessionService;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class SimulatorTest {
    static final TroubleshootingModel MODEL = new TroubleshootingModel("no-sound", Map.of(),
            List.of(new Cause("wrong-output", 0.5), new Cause("profile", 0.3), new Cause("unknown", 0.2)),
            List.of(Action.of("select-output", 20, Map.of("wrong-output", 0.9)),
                    Action.of("toggle-media-audio", 30, Map.of("profile", 0.8)),
                    Action.of("re-pair", 120, Map.of("wrong-output", 0.5, "profile", 0.9))),
            List.of(new Question("hear-calls", 10, List.of(
                    new Answer("yes", Map.of("wrong-output", 0.3, "profile", 0.9, "unknown", 0.5)),
                    new Answer("no", Map.of("wrong-output", 0.7, "profile", 0.1, "unknown", 0.5))))),
            new Escalation("support", 900), List.of("re-pair", "select-output", "toggle-media-audio", "support"));
    static final ModelCatalog CATALOG = ModelCatalog.of(Map.of("no-sound", MODEL));

    static World world(String yaml) {
        return WorldFile.parse("knowledge: kb\n" + yaml, "test-world.yaml", Path.of("/tmp"));
    }

    @Test
    void theSameSeedGivesTheSameSessionAndAnotherSeedAnotherPerson() {
        Simulator sim = new Simulator(world("users: {durationSpread: 0.5}"), CATALOG);
        SessionOutcome a = sim.run(Planners.standard(), "no-sound", "any", 7);
        SessionOutcome b = sim.run(Planners.standard(), "no-sound", "any", 7);
        assertThat(b.seconds()).isEqualTo(a.seconds());
        assertThat(b.outcome()).isEqualTo(a.outcome());
        assertThat(b.trueCause()).isEqualTo(a.trueCause());
        boolean someDiffer = false;
        for (long s = 8; s < 40 && !someDiffer; s++) {
            someDiffer = sim.run(Planners.standard(), "no-sound", "any", s).seconds() != a.seconds();
        }
        assertThat(someDiffer).isTrue();
    }

    @Test
    void withoutSpreadOrMistakesTheMeanTimeConvergesToTheExactExpectedCost() {
        Simulator sim = new Simulator(world("users: {durationSpread: 0}"), CATALOG);
        double exact = org.pairdoctor.core.engine.ExpectedCost.of(Planners.standard(), MODEL).expectedSeconds();
        double sum = 0;
        int n = 20000;
        for (int i = 0; i < n; i++) {
            sum += sim.run(Planners.standard(), "no-sound", "any", Simulator.sessionSeed(1, "no-sound", i)).seconds();
        }
        assertThat(sum / n).isCloseTo(exact, within(exact * 0.03));
    }

    @Test
    void theWorldsOverridesAreWhatIsReallyTrue() {
        World w = world("""
                problems:
                  no-sound:
                    priors: {profile: 1.0, wrong-output: 0, unknown: 0}
                    fixes: {toggle-media-audio: {profile: 0.0}}
                    seconds: {select-output: 60}
                """);
        Truth t = new Simulator(w, CATALOG).truth("no-sound", "any");
        assertThat(t.prior("profile")).isEqualTo(1.0);
        assertThat(t.fix("toggle-media-audio", "profile")).isEqualTo(0.0);
        assertThat(t.fix("re-pair", "profile")).isEqualTo(0.9);
        Simulator sim = new Simulator(w, CATALOG);
        for (int i = 0; i < 50; i++) {
            SessionOutcome o = sim.run(Policies.byName("static"), "no-sound", "any", i);
            assertThat(o.trueCause()).isEqualTo("profile");
            assertThat(o.fixedBy()).isNotEqualTo("toggle-media-audio");
        }
    }

    @Test
    void peopleWhoGiveUpAbandonTheSession() {
        Simulator sim = new Simulator(world("users: {giveUpAfterSeconds: 25, durationSpread: 0}"), CATALOG);
        long abandoned = java.util.stream.LongStream.range(0, 200)
                .mapToObj(s -> sim.run(Policies.byName("static"), "no-sound", "any", s))
                .filter(o -> o.outcome() == Outcome.ABANDONED).count();
        // The static guide starts with re-pair (120 s): whoever it does not fix leaves.
        assertThat(abandoned).isGreaterThan(20);
    }

    @Test
    void theOracleIsToldTheTrueCause() {
        Simulator sim = new Simulator(world(""), CATALOG);
        for (int i = 0; i < 30; i++) {
            SessionOutcome o = sim.run(Policies.byName("oracle"), "no-sound", "any", i);
            if (o.trueCause().equals("unknown")) {
                assertThat(o.outcome()).isEqualTo(Outcome.ESCALATED);
                assertThat(o.steps()).isEqualTo(1);
            }
        }
    }

    @Test
    void theServicePathGivesTheSameSessionsAsTheDirectPathAndStoresThem() {
        Simulator sim = new Simulator(world("users: {answerMistakeRate: 0.1, skipRate: 0.1}"), CATALOG);
        InMemorySessionStore store = new InMemorySessionStore();
        SimulationClock clock = new SimulationClock(Instant.parse("2026-11-01T00:00:00Z"));
        SessionService service = new SessionService(CATALOG, Planners.standard(), store, clock);
        for (long seed = 0; seed < 100; seed++) {
            SessionOutcome direct = sim.run(Planners.standard(), "no-sound", "any", seed);
            Simulator.ServiceSession viaService = sim.runThroughService(service, clock, "sony-wh-1000xm2", "no-sound",
                    "any", seed);
            assertThat(viaService.outcome().outcome()).isEqualTo(direct.outcome());
            assertThat(viaService.outcome().steps()).isEqualTo(direct.steps());
            assertThat(viaService.outcome().fixedBy()).isEqualTo(direct.fixedBy());
            assertThat(viaService.outcome().seconds()).isCloseTo(direct.seconds(), within(1e-9));
            assertThat(viaService.record().turns()).hasSize(direct.steps());
        }
        assertThat(store.all()).hasSize(100);
        assertThat(clock.instant()).isAfter(Instant.parse("2026-11-01T00:00:00Z"));
    }

    @Test
    void aWorldNamingThingsTheKnowledgeBaseLacksListsEveryError() {
        World w = world("""
                hosts: {atari: 1.0}
                problems:
                  no-sound:
                    priors: {gremlins: 0.5}
                    fixes: {dance: {profile: 0.5}}
                    answers: {hear-calls: {profile: {yes: 0.5, no: 0.4}}}
                  no-sond: {}
                """);
        assertThatThrownBy(() -> new Simulator(w, CATALOG))
                .isInstanceOf(InvalidWorldException.class)
                .satisfies(e -> assertThat(e.getMessage().lines()).hasSize(5))
                .hasMessageContaining("unknown host 'atari'")
                .hasMessageContaining("unknown cause 'gremlins'; known:")
                .hasMessageContaining("(problems.no-sound.priors)")
                .hasMessageContaining("unknown action 'dance'")
                .hasMessageContaining("sum to 0.9")
                .hasMessageContaining("unknown problem; known:").hasMessageContaining("(problems.no-sond)");
    }

    @Test
    void aWorldFileNamesTheLineAndColumnOfEveryError(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path file = dir.resolve("broken.yaml");
        java.nio.file.Files.writeString(file, """
                knowledge: kb
                users:
                  answerMistakeRate: 1.7
                  skipRate: -0.1
                problems:
                  no-sound:
                    priors: {gremlins: 0.5}
                """);
        assertThatThrownBy(() -> WorldFile.read(file)).isInstanceOf(InvalidWorldException.class)
                .hasMessageContaining(file + ":3:22: users.answerMistakeRate is 1.7; it must be between 0 and 1")
                .hasMessageContaining(file + ":4:13: users.skipRate is -0.1");
        java.nio.file.Files.writeString(file, """
                knowledge: kb
                problems:
                  no-sound:
                    priors: {gremlins: 0.5}
                  no-sond: {}
                """);
        World w = WorldFile.read(file);
        assertThatThrownBy(() -> new Simulator(w, CATALOG)).isInstanceOf(InvalidWorldException.class)
                .hasMessageContaining(file + ":4:13: ").hasMessageContaining("unknown cause 'gremlins'")
                .hasMessageContaining(file + ":5:12: unknown problem");
    }

    @Test
    void aWorldFileWithATypoNamesTheLine() {
        assertThatThrownBy(() -> WorldFile.parse("knowledge: kb\nuser: {}\n", "w.yaml", Path.of("/tmp")))
                .isInstanceOf(InvalidWorldException.class).hasMessageStartingWith("w.yaml:2:").hasMessageContaining("user");
    }

    @Test
    void theBenchIsDeterministicForASeed() {
        Simulator sim = new Simulator(world("users: {answerMistakeRate: 0.05, giveUpPerStep: 0.02}"), CATALOG);
        Bench.Options o = new Bench.Options(List.of(), null, List.of("planner", "static", "optimal", "oracle"), 300, 11, 0);
        List<Bench.Row> a = new Bench(sim).run(o);
        List<Bench.Row> b = new Bench(sim).run(o);
        assertThat(a).hasSize(4);
        for (int i = 0; i < a.size(); i++) {
            assertThat(b.get(i).meanSeconds()).isEqualTo(a.get(i).meanSeconds());
            assertThat(b.get(i).p90Seconds()).isEqualTo(a.get(i).p90Seconds());
            assertThat(b.get(i).resolvedShare()).isEqualTo(a.get(i).resolvedShare());
            assertThat(b.get(i).meanSteps()).isEqualTo(a.get(i).meanSteps());
        }
        Bench.Row oracle = a.get(3);
        Bench.Row optimal = a.get(2);
        assertThat(oracle.meanSeconds()).isLessThanOrEqualTo(optimal.meanSeconds());
        List<Bench.Row> other = new Bench(sim).run(new Bench.Options(List.of(), null, List.of("planner"), 300, 12, 0));
        assertThat(other.get(0).meanSeconds()).isNotEqualTo(a.get(0).meanSeconds());
    }

    @Test
    void theRandomBenchIsDeterministicAndThePlannerIsNeverWorseThanOptimal() {
        RandomBench.Result a = RandomBench.run(10, 5, 5, 2, 3);
        RandomBench.Result b = RandomBench.run(10, 5, 5, 2, 3);
        assertThat(b).isEqualTo(a);
        assertThat(a.optimumKnown()).isEqualTo(10);
        RandomBench.Ratios planner = a.plannerOverOptimum().orElseThrow();
        RandomBench.Ratios heuristic = a.heuristicOverOptimum().orElseThrow();
        assertThat(planner.mean()).isGreaterThanOrEqualTo(1.0 - 1e-9);
        assertThat(heuristic.max()).isGreaterThanOrEqualTo(heuristic.mean()).isGreaterThanOrEqualTo(1.0 - 1e-9);
        // The oracle is a lower bound on the optimum, so the ratios to it bound those to the optimum.
        assertThat(a.plannerOverOracle().mean()).isGreaterThanOrEqualTo(planner.mean() - 1e-9);
        assertThat(a.oracleSeconds()).isLessThanOrEqualTo(a.plannerSeconds());
    }

    @Test
    void theRandomBenchReportsThePlannersFiguresWhereTheOptimumIsOutOfReach() {
        // 61 actions and a 3-answer question need 63 bits of evidence key: no exact search at all.
        RandomBench.Result r = RandomBench.run(2, 62, 61, 1, 5);
        assertThat(r.plannerSolvedExactly()).isZero();
        assertThat(r.optimumKnown()).isZero();
        assertThat(r.plannerOverOptimum()).isEmpty();
        assertThat(r.heuristicOverOptimum()).isEmpty();
        assertThat(r.plannerOverOracle().n()).isEqualTo(2);
        assertThat(r.plannerOverOracle().mean()).isGreaterThanOrEqualTo(1.0);
        assertThat(r.plannerSeconds()).isEqualTo(r.heuristicSeconds()).isGreaterThan(r.oracleSeconds());
    }

    @Test
    void theRandomBenchSolvesTheReferenceOptimumWhereThePlannerDidNot() {
        // A reference budget too small for these models: n/a, not an abort.
        RandomBench.Result small = RandomBench.run(new RandomBench.Options(3, 6, 6, 2, 7,
                new org.pairdoctor.core.engine.SolveBudget(10, Long.MAX_VALUE), 0));
        assertThat(small.plannerSolvedExactly()).isEqualTo(3);
        assertThat(small.optimumKnown()).isEqualTo(3); // the planner's own solve is the optimum
        assertThat(small.plannerOverOptimum().orElseThrow().max()).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-9));
    }
}
