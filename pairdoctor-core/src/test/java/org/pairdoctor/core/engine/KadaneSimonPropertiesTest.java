package org.pairdoctor.core.engine;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.pairdoctor.core.model.TroubleshootingModel;
import org.pairdoctor.core.simulation.RandomModels;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Kadane and Simon (1977): with actions only, each fixing its own single cause, trying them by
 * P(fix)/seconds is optimal (with escalation placed where it minimises the expected cost).
 */
class KadaneSimonPropertiesTest {
    @Property(tries = 200)
    void whereKadaneSimonHoldsThePlannerIsExactlyOptimalAndFollowsPoverC(
            @ForAll long seed, @ForAll @IntRange(min = 2, max = 9) int causes) {
        TroubleshootingModel m = RandomModels.generate(new SplittableRandom(seed), causes, causes - 1, 0, 1);
        double optimal = new OptimalPolicy(0).expectedSeconds(m);
        double planner = ExpectedCost.of(Planners.standard(), m).expectedSeconds();
        double heuristic = ExpectedCost.of(Planners.heuristic(), m).expectedSeconds();
        double poverC = ExpectedCost.of(Policies.byName("pover-c"), m).expectedSeconds();
        assertThat(planner).isCloseTo(optimal, within(1e-9 * optimal));
        assertThat(heuristic).isCloseTo(optimal, within(1e-9 * optimal));
        assertThat(poverC).isCloseTo(optimal, within(1e-9 * optimal));
        assertThat(stepsTaken(Planners.heuristic(), m)).isEqualTo(((FixedOrderPolicy) Policies.byName("pover-c")).order(m));
    }

    /** The actions a policy takes when every one fails, before it escalates. */
    private static List<String> stepsTaken(Policy p, TroubleshootingModel m) {
        List<String> ids = new ArrayList<>();
        Evidence e = Evidence.none();
        for (Step s = p.next(m, e); s instanceof Step.Repair; s = p.next(m, e)) {
            ids.add(s.id());
            e = e.withFailed(s.id());
        }
        return ids;
    }
}
