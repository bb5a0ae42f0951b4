package org.pairdoctor.core.engine;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.pairdoctor.core.model.TroubleshootingModel;
import org.pairdoctor.core.simulation.RandomModels;

import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class OptimalPolicyTest {
    @Property(tries = 40)
    void theExactSearchFindsTheSameOptimumAsExhaustiveSearch(@ForAll long seed) {
        TroubleshootingModel m = RandomModels.generate(new SplittableRandom(seed), 4, 4, 2);
        double exhaustive = BruteForce.optimal(m);
        assertThat(new OptimalPolicy(0).expectedSeconds(m)).isCloseTo(exhaustive, within(1e-9 * exhaustive));
        assertThat(ExpectedCost.of(Policies.byName("optimal"), m).expectedSeconds())
                .isCloseTo(exhaustive, within(1e-9 * exhaustive));
    }

    @Property(tries = 40)
    void noPolicyBeatsTheOptimumAndTheOracleBeatsThemAll(@ForAll long seed) {
        TroubleshootingModel m = RandomModels.generate(new SplittableRandom(seed), 6, 6, 2);
        double optimal = ExpectedCost.of(Policies.byName("optimal"), m).expectedSeconds();
        for (String name : List.of("planner", "sacso", "static", "pover-c")) {
            assertThat(ExpectedCost.of(Policies.byName(name), m).expectedSeconds()).as(name)
                    .isGreaterThanOrEqualTo(optimal - 1e-9 * optimal);
        }
        assertThat(ExpectedCost.of(Policies.byName("oracle"), m).expectedSeconds())
                .isLessThanOrEqualTo(optimal + 1e-9 * optimal);
    }

    @Test
    void aModelBeyondTheStateLimitIsReportedAsTooLarge() {
        TroubleshootingModel big = RandomModels.generate(new SplittableRandom(1), 12, 12, 3);
        assertThatThrownBy(() -> new OptimalPolicy(0, 1000).expectedSeconds(big))
                .isInstanceOf(ModelTooLargeException.class).hasMessageContaining("too large")
                .hasMessageContaining("more than 1000 evidence states");
    }

    @Test
    void aModelWithTooManyStepsForTheStateKeyIsReportedAsTooLarge() {
        TroubleshootingModel big = RandomModels.generate(new SplittableRandom(1), 50, 50, 20);
        assertThatThrownBy(() -> new OptimalPolicy(0).expectedSeconds(big))
                .isInstanceOf(ModelTooLargeException.class).hasMessageContaining("too many steps");
    }

    @Test
    void aModelWhoseSearchOutrunsItsTimeBudgetIsReportedAsTooLarge() {
        TroubleshootingModel big = RandomModels.generate(new SplittableRandom(2), 20, 20, 6);
        assertThatThrownBy(() -> new OptimalPolicy(1).expectedSeconds(big))
                .isInstanceOf(ModelTooLargeException.class).hasMessageContaining("too large");
    }
}
