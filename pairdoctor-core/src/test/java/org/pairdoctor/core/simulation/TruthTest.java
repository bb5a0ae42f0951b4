package org.pairdoctor.core.simulation;

import org.junit.jupiter.api.Test;
import org.pairdoctor.core.engine.Planners;
import org.pairdoctor.core.model.Action;
import org.pairdoctor.core.model.Cause;
import org.pairdoctor.core.model.Escalation;
import org.pairdoctor.core.model.TroubleshootingModel;
import org.pairdoctor.core.session.Outcome;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The world's truth: the knowing reference includes mistakes; waiting is clock time at a weighted cost. */
class TruthTest {
    @Test
    void theKnowingModelsAnswersAreThoseGivenWithTheWorldsMistakes() {
        Simulator sim = new Simulator(SimulatorTest.world("users: {answerMistakeRate: 0.2}\n"), SimulatorTest.CATALOG);
        TroubleshootingModel known = sim.truth("no-sound", "any").trueModel();
        var yes = known.question("hear-calls").orElseThrow().answer("yes").orElseThrow();
        // 0.8 · 0.3 + 0.2 · (1 - 0.3) / (2 - 1)
        assertThat(yes.likelihood("wrong-output")).isCloseTo(0.38, within(1e-12));
        assertThat(yes.likelihood("profile")).isCloseTo(0.8 * 0.9 + 0.2 * 0.1, within(1e-12));
        Simulator exact = new Simulator(SimulatorTest.world(""), SimulatorTest.CATALOG);
        assertThat(exact.truth("no-sound", "any").trueModel().question("hear-calls").orElseThrow()
                .answer("yes").orElseThrow().likelihood("wrong-output")).isCloseTo(0.3, within(1e-12));
    }

    @Test
    void waitingCountsFullyOnTheClockAndAtItsWeightInTheCost() {
        TroubleshootingModel m = new TroubleshootingModel("dead", Map.of(),
                List.of(new Cause("flat", 0.999), new Cause("broken", 0.001)),
                List.of(new Action("charge", Action.cost(30, 600), Map.of("flat", 1.0), false, 30, 600)),
                List.of(), new Escalation("repair", 21_600, Escalation.Kind.REPAIR), List.of());
        Simulator sim = new Simulator(SimulatorTest.world("users: {durationSpread: 0}\n"),
                ModelCatalog.of(Map.of("dead", m)));
        for (int i = 0; i < 20; i++) {
            SessionOutcome o = sim.run(Planners.standard(), "dead", "any", i);
            if (o.outcome() == Outcome.FIXED) {
                assertThat(o.seconds()).isCloseTo(30 + Action.WAIT_WEIGHT * 600, within(1e-9));
                assertThat(o.wallSeconds()).isCloseTo(630, within(1e-9));
                assertThat(o.stepSeconds()).isEqualTo(o.seconds());
                assertThat(sim.truth("dead", "any").trueModel().action("charge").orElseThrow())
                        .isEqualTo(m.action("charge").orElseThrow());
                return;
            }
        }
        throw new AssertionError("no session was fixed");
    }
}
