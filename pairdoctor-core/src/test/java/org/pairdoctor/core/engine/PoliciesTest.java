package org.pairdoctor.core.engine;

import org.junit.jupiter.api.Test;
import org.pairdoctor.core.model.Action;
import org.pairdoctor.core.model.Answer;
import org.pairdoctor.core.model.Cause;
import org.pairdoctor.core.model.Escalation;
import org.pairdoctor.core.model.Question;
import org.pairdoctor.core.model.TroubleshootingModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PoliciesTest {
    static final TroubleshootingModel GUIDED = new TroubleshootingModel("p", Map.of(),
            List.of(new Cause("a", 0.2), new Cause("b", 0.7), new Cause("unknown", 0.1)),
            List.of(Action.of("fix-a", 10, Map.of("a", 0.9)), Action.of("fix-b", 10, Map.of("b", 0.9)),
                    Action.of("slow-b", 100, Map.of("b", 0.5))),
            List.of(new Question("look", 5, List.of(new Answer("x", Map.of("a", 1.0, "b", 0.5, "unknown", 0.5)),
                    new Answer("y", Map.of("b", 0.5, "unknown", 0.5))))),
            new Escalation("support", 600), List.of("look", "fix-a", "support", "fix-b"));

    @Test
    void everyNamedPolicyHasThatName() {
        for (String name : Policies.NAMES) {
            assertThat(Policies.byName(name).name()).isEqualTo(name);
        }
    }

    @Test
    void anUnknownNameListsTheValidOnes() {
        assertThatThrownBy(() -> Policies.byName("clever"))
                .isInstanceOf(UnknownPolicyException.class)
                .hasMessageContaining("'clever'")
                .hasMessageContaining("planner, sacso, static, pover-c, optimal, oracle");
    }

    @Test
    void theStaticGuideFollowsItsOrderAsksWithoutAdaptingAndAppendsWhatItLacks() {
        Policy s = Policies.byName("static");
        assertThat(walk(s, "y")).containsExactly("look", "fix-a", "fix-b", "slow-b", "support");
        assertThat(walk(s, "x")).containsExactly("look", "fix-a", "fix-b", "slow-b", "support");
    }

    @Test
    void poverCNeverAsksAndStopsWhereEscalatingIsCheaper() {
        List<String> steps = walk(Policies.byName("pover-c"), "x");
        assertThat(steps).doesNotContain("look").startsWith("fix-b", "fix-a").endsWith("support");
    }

    /** The steps a policy takes when every action fails and every question gets {@code answer}. */
    static List<String> walk(Policy p, String answer) {
        List<String> ids = new ArrayList<>();
        Evidence e = Evidence.none();
        while (true) {
            Step s = p.next(GUIDED, e);
            ids.add(s.id());
            if (s instanceof Step.Escalate) {
                return ids;
            }
            e = s instanceof Step.Ask ? e.withAnswer(s.id(), answer) : e.withFailed(s.id());
        }
    }
}
