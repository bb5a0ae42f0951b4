package org.pairdoctor.core.engine;

import org.junit.jupiter.api.Test;
import org.pairdoctor.core.model.TroubleshootingModel;
import org.pairdoctor.core.simulation.RandomModels;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class SolveBudgetTest {
    @Test
    void thePeakMemoryCountsTheOldAndTheNewArraysOfTheLastDoubling() {
        // 2^22 states fit 2^23 slots; the doubling from 2^22 to 2^23 slots holds both arrays at once.
        assertThat(StateTable.peakBytes(1L << 22)).isEqualTo(3L * (1L << 22) * StateTable.BYTES_PER_SLOT);
        assertThat(SolveBudget.PLANNER.peakBytes()).isEqualTo(503_316_480L);
        assertThat(StateTable.peakBytes(10)).isEqualTo((long) StateTable.INITIAL_SLOTS * StateTable.BYTES_PER_SLOT);
    }

    @Test
    void aBudgetNeedsAtLeastOneStateAndOneWorkUnit() {
        assertThatThrownBy(() -> new SolveBudget(0, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0 states");
        assertThatThrownBy(() -> new SolveBudget(1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSolveBeyondItsWorkBudgetIsReportedAsTooLarge() {
        TroubleshootingModel m = RandomModels.generate(new SplittableRandom(1), 8, 8, 3);
        CompiledModel cm = CompiledModel.of(m);
        ExactSolver solver = new ExactSolver(cm, 0L, new SolveBudget(1L << 20, 1000), 0);
        assertThatThrownBy(() -> solver.value(0L, cm.prior)).isInstanceOf(ModelTooLargeException.class)
                .hasMessageContaining("more than 1000 work units");
        ExactSolver unlimited = new ExactSolver(cm, 0L, SolveBudget.REFERENCE, 0);
        unlimited.value(0L, cm.prior);
        assertThat(unlimited.work()).isGreaterThan(1000);
    }

    @Test
    void keepingOnlyThePolicysStatesKeepsItsValuesAndChoices() {
        TroubleshootingModel m = RandomModels.generate(new SplittableRandom(3), 8, 8, 3);
        CompiledModel cm = CompiledModel.of(m);
        ExactSolver full = new ExactSolver(cm, 0L, SolveBudget.REFERENCE, 0);
        double optimum = full.value(0L, cm.prior);
        int solved = full.states();
        ExactSolver kept = new ExactSolver(cm, 0L, SolveBudget.REFERENCE, 0);
        kept.keepPolicyOnly();
        assertThat(kept.states()).isLessThan(solved / 10).isPositive();
        assertThat(kept.value(0L, cm.prior)).isEqualTo(optimum);
        // Walking the pruned table's policy costs exactly the optimum, without solving anything again.
        StandardPlanner planner = new StandardPlanner(true, SolveBudget.REFERENCE);
        assertThat(ExpectedCost.of(planner, m).expectedSeconds()).isCloseTo(optimum / CompiledModel.sum(cm.prior),
                within(1e-9 * optimum));
    }

    @Test
    void thePlannerFallsBackToItsHeuristicOnlyBeyondItsBudget() {
        TroubleshootingModel m = RandomModels.generate(new SplittableRandom(4), 12, 12, 3);
        StandardPlanner small = new StandardPlanner(true, new SolveBudget(1000, Long.MAX_VALUE));
        StandardPlanner large = new StandardPlanner(true, SolveBudget.PLANNER);
        assertThat(small.solvesExactly(m)).isFalse();
        assertThat(large.solvesExactly(m)).isTrue();
        double optimum = new OptimalPolicy(0).expectedSeconds(m);
        assertThat(ExpectedCost.of(large, m).expectedSeconds()).isCloseTo(optimum, within(1e-9 * optimum));
        assertThat(ExpectedCost.of(small, m).expectedSeconds())
                .isCloseTo(ExpectedCost.of(Planners.heuristic(), m).expectedSeconds(), within(1e-9 * optimum));
    }
}
