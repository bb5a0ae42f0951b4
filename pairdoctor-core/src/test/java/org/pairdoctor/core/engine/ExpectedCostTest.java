package org.pairdoctor.core.engine;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.pairdoctor.core.model.Action;
import org.pairdoctor.core.model.Answer;
import org.pairdoctor.core.model.Cause;
import org.pairdoctor.core.model.Escalation;
import org.pairdoctor.core.model.Question;
import org.pairdoctor.core.model.TroubleshootingModel;
import org.pairdoctor.core.simulation.RandomModels;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ExpectedCostTest {
    static final TroubleshootingModel TWO_CAUSES = new TroubleshootingModel("p", Map.of(),
            List.of(new Cause("a", 0.7), new Cause("unknown", 0.3)),
            List.of(Action.of("fix-a", 10, Map.of("a", 0.5))),
            List.of(), new Escalation("support", 100));

    @Test
    void anActionThenEscalationCostsItsSecondsPlusEscalationWhenItFails() {
        // 10 s always, then escalation with P(fail) = 0.7*0.5 + 0.3 = 0.65.
        Policy tryThenEscalate = Policies.byName("pover-c");
        assertThat(ExpectedCost.of(tryThenEscalate, TWO_CAUSES).expectedSeconds()).isCloseTo(10 + 0.65 * 100,
                within(1e-12));
    }

    @Test
    void aQuestionBranchesOnItsAnswers() {
        TroubleshootingModel m = new TroubleshootingModel("p", Map.of(),
                List.of(new Cause("a", 0.5), new Cause("b", 0.4), new Cause("unknown", 0.1)),
                List.of(Action.of("fix-a", 30, Map.of("a", 1.0)), Action.of("fix-b", 30, Map.of("b", 1.0))),
                List.of(new Question("which", 5, List.of(
                        new Answer("looks-a", Map.of("a", 1.0, "unknown", 0.5)),
                        new Answer("looks-b", Map.of("b", 1.0, "unknown", 0.5))))),
                new Escalation("support", 300));
        Policy optimal = Policies.byName("optimal");
        double exact = ExpectedCost.of(optimal, m).expectedSeconds();
        assertThat(exact).isCloseTo(BruteForce.expectedCost(optimal, m), within(1e-9));
        // Asking (5 s) then the matching fix (30 s), then support when it was the unknown cause:
        // 5 + 30 + 0.1 * 300 = 65, cheaper than two blind fixes.
        assertThat(exact).isCloseTo(65.0, within(1e-9));
        assertThat(ExpectedCost.of(optimal, m).firstStep().id()).isEqualTo("which");
    }

    @Property(tries = 60)
    void theEvaluatorAgreesWithBruteForceOnTinyModels(@ForAll long seed, @ForAll @IntRange(min = 0, max = 2) int questions) {
        TroubleshootingModel m = RandomModels.generate(new SplittableRandom(seed), 4, 4, questions);
        for (String name : List.of("planner", "sacso", "static", "pover-c", "optimal")) {
            Policy p = Policies.byName(name);
            assertThat(ExpectedCost.of(p, m).expectedSeconds()).as(name)
                    .isCloseTo(BruteForce.expectedCost(p, m), within(1e-9));
        }
    }

    @Test
    void theOracleIsEvaluatedPerTrueCause() {
        // Cause a: 10 s, fixed half the time, else support; unknown: straight to support (nothing fixes it).
        double expected = 0.7 * (10 + 0.5 * 100) + 0.3 * 100;
        ExpectedCost.Evaluation e = ExpectedCost.of(Policies.byName("oracle"), TWO_CAUSES);
        assertThat(e.expectedSeconds()).isCloseTo(expected, within(1e-12));
        assertThat(e.firstStep().id()).isEqualTo("fix-a");
        assertThat(e.firstStepProbability()).isCloseTo(0.7, within(1e-12));
    }

    @Test
    void aPolicyThatRepeatsAStepIsAMistake() {
        Policy stubborn = new Policy() {
            public String name() {
                return "stubborn";
            }

            public Step next(TroubleshootingModel model, Evidence evidence) {
                return new Step.Repair(model.actions().get(0));
            }
        };
        assertThatThrownBy(() -> ExpectedCost.of(stubborn, TWO_CAUSES))
                .isInstanceOf(PolicyMistakeException.class)
                .hasMessageContaining("stubborn").hasMessageContaining("fix-a").hasMessageContaining("second time");
    }

    @Test
    void aPolicyThatInventsAStepIsAMistake() {
        Policy inventive = new Policy() {
            public String name() {
                return "inventive";
            }

            public Step next(TroubleshootingModel model, Evidence evidence) {
                return new Step.Repair(Action.of("dance", 5, Map.of("a", 1.0)));
            }
        };
        assertThatThrownBy(() -> ExpectedCost.of(inventive, TWO_CAUSES))
                .isInstanceOf(PolicyMistakeException.class).hasMessageContaining("'dance'");
    }

    @Test
    void aPolicyThatReturnsNothingIsAMistake() {
        Policy silent = new Policy() {
            public String name() {
                return "silent";
            }

            public Step next(TroubleshootingModel model, Evidence evidence) {
                return null;
            }
        };
        assertThatThrownBy(() -> ExpectedCost.of(silent, TWO_CAUSES))
                .isInstanceOf(PolicyMistakeException.class).hasMessageContaining("no step");
    }
}
