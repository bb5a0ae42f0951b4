package org.pairdoctor.core.engine;

import org.junit.jupiter.api.Test;
import org.pairdoctor.core.model.Action;
import org.pairdoctor.core.model.Answer;
import org.pairdoctor.core.model.Cause;
import org.pairdoctor.core.model.Escalation;
import org.pairdoctor.core.model.Question;
import org.pairdoctor.core.model.TroubleshootingModel;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class BeliefTest {
    static final TroubleshootingModel MODEL = new TroubleshootingModel("p", Map.of(),
            List.of(new Cause("a", 0.5), new Cause("b", 0.3), new Cause("unknown", 0.2)),
            List.of(Action.of("fix-a", 10, Map.of("a", 0.8))),
            List.of(new Question("light", 5, List.of(
                    new Answer("blue", Map.of("a", 0.9, "b", 0.2, "unknown", 0.5)),
                    new Answer("off", Map.of("a", 0.1, "b", 0.8, "unknown", 0.5))))),
            new Escalation("support", 600));

    @Test
    void aFailedActionLowersTheCausesItFixesAndRaisesTheOthers() {
        Belief after = Belief.of(MODEL, Evidence.none().withFailed("fix-a"));
        // P(a | failed) = 0.5 * 0.2 / (0.1 + 0.3 + 0.2) = 1/6.
        assertThat(after.probability("a")).isCloseTo(1.0 / 6, within(1e-12));
        assertThat(after.probability("b")).isGreaterThan(0.3);
        assertThat(after.probability("unknown")).isGreaterThan(0.2);
        assertThat(after.evidenceProbability()).isCloseTo(0.6, within(1e-12));
    }

    @Test
    void anAnswerShiftsBeliefTowardTheCausesThatExplainIt() {
        Belief off = Belief.of(MODEL, Evidence.none().withAnswer("light", "off"));
        assertThat(off.ranked().get(0).getKey()).isEqualTo("b");
        assertThat(off.probability("b")).isCloseTo(0.24 / (0.05 + 0.24 + 0.1), within(1e-12));
    }

    @Test
    void thePlannersExplanationShowsTheSamePosteriorAsBelief() {
        Evidence e = Evidence.none().withFailed("fix-a").withAnswer("light", "blue");
        Belief b = Belief.of(MODEL, e);
        Explanation x = Planners.standard().recommend(MODEL, e).explanation();
        for (Explanation.CauseProbability cp : x.topCauses()) {
            assertThat(cp.probability()).isCloseTo(b.probability(cp.causeId()), within(1e-12));
        }
        assertThat(x.topCauses().get(0).causeId()).isEqualTo(b.ranked().get(0).getKey());
    }
}
