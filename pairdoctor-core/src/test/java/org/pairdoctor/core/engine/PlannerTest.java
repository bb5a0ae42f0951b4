package org.pairdoctor.core.engine;

import org.junit.jupiter.api.Test;
import org.pairdoctor.core.model.Action;
import org.pairdoctor.core.model.Cause;
import org.pairdoctor.core.model.Escalation;
import org.pairdoctor.core.model.TroubleshootingModel;
import org.pairdoctor.core.simulation.RandomModels;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PlannerTest {
    /** A factory reset fixes nearly everything but costs 20 s plus 300 s of re-pairing other devices. */
    static TroubleshootingModel withReset(double otherFixRate) {
        return new TroubleshootingModel("p", Map.of(),
                List.of(new Cause("stale", 0.6), new Cause("glitch", 0.35), new Cause("unknown", 0.05)),
                List.of(Action.of("forget-and-repair", 40, Map.of("stale", otherFixRate)),
                        new Action("factory-reset", 320, Map.of("stale", 0.95, "glitch", 0.95), true)),
                List.of(), new Escalation("support", 900));
    }

    @Test
    void aDestructiveActionIsNotChosenWhileACheapOneIsMoreWorthwhile() {
        Recommendation r = Planners.standard().recommend(withReset(0.9), Evidence.none());
        assertThat(r.step().id()).isEqualTo("forget-and-repair");
        assertThat(r.explanation().reason()).doesNotContain("confirm");
    }

    @Test
    void aDestructiveActionChosenWhenItsGainClearsItsPenaltyIsFlaggedForConfirmation() {
        Evidence e = Evidence.none().withFailed("forget-and-repair");
        Recommendation r = Planners.standard().recommend(withReset(0.9), e);
        assertThat(r.step().id()).isEqualTo("factory-reset");
        assertThat(r.explanation().reason()).contains("confirm");
    }

    @Test
    void theExplanationSeparatesEffortFromWaitingAndSaysWhyAnUnlikelyStepComesBeforeSupport() {
        TroubleshootingModel m = new TroubleshootingModel("dead", Map.of(),
                List.of(new Cause("flat", 0.2), new Cause("broken", 0.8)),
                List.of(new Action("charge", Action.cost(30, 900), Map.of("flat", 0.9), false, 30, 900)),
                List.of(), new Escalation("support", 10_800, Escalation.Kind.SUPPORT_CONTACT), List.of());
        Recommendation r = Planners.standard().recommend(m, Evidence.none());
        assertThat(r.step().id()).isEqualTo("charge");
        assertThat(r.explanation().reason())
                .contains("about 18% chance it fixes it (our estimate)")
                .contains("about 30 s of your time, then about 15 min of waiting")
                .contains("days without a working headset");
        Recommendation last = Planners.standard().recommend(m, Evidence.none().withFailed("charge"));
        assertThat(last.step()).isInstanceOf(Step.Escalate.class);
        assertThat(last.explanation().reason()).contains("contacting support");
    }

    @Test
    void theExplanationGivesTheOddsTheTimeAndTheExpectedRemainingSeconds() {
        TroubleshootingModel m = withReset(0.9);
        Recommendation r = Planners.standard().recommend(m, Evidence.none());
        assertThat(r.explanation().reason()).isEqualTo(
                "The most likely fix for the time it takes: about 54% chance it fixes it (our estimate), takes about 40 s.");
        assertThat(r.explanation().topCauses()).extracting(Explanation.CauseProbability::causeId)
                .containsExactly("stale", "glitch", "unknown");
        // The planner tries both actions before escalating, so it escalates exactly when neither fixes it:
        // P = 0.6 · 0.1 · 0.05 + 0.35 · 0.05 + 0.05; what is left is the steps' own expected cost.
        double escalates = 0.6 * 0.1 * 0.05 + 0.35 * 0.05 + 0.05;
        assertThat(r.explanation().expectedRemainingSeconds())
                .isCloseTo(ExpectedCost.of(Planners.standard(), m).expectedSeconds() - escalates * 900, within(1e-9));
        Recommendation last = Planners.standard().recommend(m,
                Evidence.none().withFailed("forget-and-repair").withFailed("factory-reset"));
        assertThat(last.explanation().expectedRemainingSeconds()).isZero();
    }

    @Test
    void whenNothingLeftCanHelpThePlannerEscalatesAndSaysWhy() {
        Evidence e = Evidence.none().withFailed("forget-and-repair").withFailed("factory-reset");
        Recommendation r = Planners.standard().recommend(withReset(0.9), e);
        assertThat(r.step()).isInstanceOf(Step.Escalate.class);
        assertThat(r.explanation().reason()).startsWith("Nothing left to try");
    }

    @Test
    void skippedStepsAreNotOfferedAgain() {
        TroubleshootingModel m = withReset(0.9);
        Evidence e = Evidence.none().withSkipped("forget-and-repair");
        for (Planner p : List.of(Planners.standard(), Planners.heuristic())) {
            assertThat(p.recommend(m, e).step().id()).as(p.name()).isNotEqualTo("forget-and-repair");
        }
    }

    @Test
    void impossibleEvidenceFallsBackToThePriorsInsteadOfFailing() {
        TroubleshootingModel m = new TroubleshootingModel("p", Map.of(),
                List.of(new Cause("a", 0.5), new Cause("b", 0.5)),
                List.of(Action.of("fix-a", 10, Map.of("a", 1.0)), Action.of("fix-b", 10, Map.of("b", 1.0)),
                        Action.of("fix-both", 60, Map.of("a", 1.0, "b", 1.0))),
                List.of(), new Escalation("support", 600));
        // Both certain fixes failed: the model says that cannot happen; the user may have erred.
        Evidence e = Evidence.none().withFailed("fix-a").withFailed("fix-b");
        Recommendation r = Planners.standard().recommend(m, e);
        assertThat(r.step().id()).isEqualTo("fix-both");
    }

    @Test
    void onALargeModelThePlannerStillAnswersWithTheHeuristic() {
        TroubleshootingModel big = RandomModels.generate(new SplittableRandom(5), 50, 50, 20);
        assertThat(Planners.solvesExactly(big)).isFalse();
        Evidence e = Evidence.none();
        for (int i = 0; i < 5; i++) {
            Step s = Planners.standard().next(big, e);
            assertThat(e.used(s.id())).isFalse();
            if (!(s instanceof Step.Repair)) {
                break;
            }
            e = e.withFailed(s.id());
        }
    }

    @Test
    void theSameEvidenceAlwaysGivesTheSameStep() {
        TroubleshootingModel m = RandomModels.generate(new SplittableRandom(9), 8, 8, 3);
        Evidence e = Evidence.none().withFailed("a1");
        Step first = Planners.standard().next(m, e);
        TroubleshootingModel copy = new TroubleshootingModel(m.problem(), m.context(), m.causes(), m.actions(),
                m.questions(), m.escalation(), m.staticOrder());
        assertThat(Planners.standard().next(copy, e)).isEqualTo(first);
    }
}
