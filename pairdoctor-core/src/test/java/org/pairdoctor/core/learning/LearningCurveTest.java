package org.pairdoctor.core.learning;

import org.junit.jupiter.api.Test;
import org.pairdoctor.core.engine.Planners;
import org.pairdoctor.core.session.InMemorySessionStore;
import org.pairdoctor.core.simulation.ModelCatalog;
import org.pairdoctor.core.simulation.Simulator;
import org.pairdoctor.core.simulation.World;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class LearningCurveTest {
    /** The world of LearnerTest.TRUTH: cause b is common, not a, and fix-a works less often. */
    static World disagreeing() {
        return new World("(test)", Path.of("."), Map.of(), World.Users.DEFAULT, Map.of("no-sound",
                new World.ProblemTruth(Map.of("a", 0.2, "b", 0.7, "unknown", 0.1), null,
                        Map.of("fix-a", Map.of("a", 0.6)), null, Map.of("fix-both", 200.0), null)));
    }

    @Test
    void learningFromStoredSessionsClosesMostOfTheGapToThePlannerThatKnowsTheWorld() {
        Simulator sim = new Simulator(disagreeing(), ModelCatalog.of(Map.of("no-sound", LearnerTest.KB)));
        InMemoryParameterStore params = new InMemoryParameterStore();
        InMemorySessionStore sessions = new InMemorySessionStore();
        LearningCurve.Result r = new LearningCurve(sim, sessions, params, Planners.standard())
                .run(new LearningCurve.Options(List.of(), null, 1000, 7, 2000, LearningSettings.defaults(), "d"));

        r.points().forEach(p -> System.out.printf(java.util.Locale.ROOT, "%d sessions: %.1f s vs knowing %.1f s (%+.1f%%)%n",
                p.sessions(), p.meanSeconds(), p.knowingMeanSeconds(), 100 * p.regret()));
        assertThat(r.points()).extracting(LearningCurve.Point::sessions).containsExactly(0, 100, 500, 1000);
        LearningCurve.Point first = r.points().get(0);
        LearningCurve.Point last = r.points().get(3);
        assertThat(first.parametersVersion()).isZero();
        assertThat(last.parametersVersion()).isEqualTo(3);
        // The same fresh people meet both planners at every point, so the reference does not move.
        assertThat(last.knowingMeanSeconds()).isEqualTo(first.knowingMeanSeconds());
        assertThat(first.regret()).isGreaterThan(0.05);
        assertThat(last.regret()).isLessThan(0.05).isLessThan(first.regret() / 2);
        assertThat(sessions.startedSince(java.time.Instant.EPOCH)).hasSize(1000);
    }
}
