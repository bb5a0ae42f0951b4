package org.pairdoctor.core.model;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Effort and waiting of actions, escalation kinds and slip rates (docs/cost-model.md). */
class PersonCostTest {
    static final TroubleshootingModel MODEL = new TroubleshootingModel("dead", Map.of("host", "ios"),
            List.of(new Cause("flat", 0.3), new Cause("broken", 0.7)),
            List.of(new Action("charge", Action.cost(30, 600), Map.of("flat", 0.9), false, 30, 600),
                    Action.of("press", 15, Map.of("flat", 0.05))),
            List.of(new Question("red-light", 20, List.of(new Answer("yes", Map.of("flat", 1.0, "broken", 0.1)),
                    new Answer("no", Map.of("broken", 0.9))))),
            new Escalation("repair", 21_600, Escalation.Kind.REPAIR), List.of());

    @Test
    void theCostIsEffortPlusWeightedWaiting() {
        Action charge = MODEL.action("charge").orElseThrow();
        assertThat(charge.seconds()).isEqualTo(30 + Action.WAIT_WEIGHT * 600);
        assertThat(charge.wallSeconds()).isEqualTo(630);
        assertThat(charge.penaltySeconds()).isZero();
        Action plain = MODEL.action("press").orElseThrow();
        assertThat(plain.effortSeconds()).isEqualTo(15);
        assertThat(plain.waitSeconds()).isZero();
    }

    @Test
    void learnedEffortKeepsTheWaitingAndThePenalty() {
        Action reset = new Action("reset", 60 + 300, Map.of(), true, 60, 0);
        Action learned = reset.withEffort(90);
        assertThat(learned.seconds()).isEqualTo(390);
        Action charge = MODEL.action("charge").orElseThrow().withEffort(40);
        assertThat(charge.seconds()).isCloseTo(40 + Action.WAIT_WEIGHT * 600, within(1e-9));
        assertThat(charge.waitSeconds()).isEqualTo(600);
    }

    @Test
    void effortAndWaitingAndTheEscalationKindSurviveTheJsonFormat() {
        String json = ModelJson.write(MODEL);
        assertThat(json).contains("\"effortSeconds\" : 30.0").contains("\"waitSeconds\" : 600.0")
                .contains("\"kind\" : \"repair\"");
        assertThat(json).doesNotContain("\"effortSeconds\" : 15.0");
        assertThat(ModelJson.parse(json, "round-trip")).isEqualTo(MODEL);
    }

    @Test
    void aFileWithoutTheNewFieldsReadsAsBefore() {
        TroubleshootingModel m = ModelJson.parse(ModelJsonTest.CONTRACT_EXAMPLE, "old.json");
        Action a = m.action("enter-pairing-mode").orElseThrow();
        assertThat(a.effortSeconds()).isEqualTo(20);
        assertThat(a.waitSeconds()).isZero();
        assertThat(m.escalation().kind()).isEqualTo(Escalation.Kind.SUPPORT_CONTACT);
    }

    @Test
    void anUnknownEscalationKindOrNegativeWaitingIsRejected() {
        String badKind = ModelJsonTest.CONTRACT_EXAMPLE.replace("\"seconds\": 900}", "\"seconds\": 900, \"kind\": \"prayer\"}");
        assertThatThrownBy(() -> ModelJson.parse(badKind, "bad.json")).isInstanceOf(InvalidModelException.class)
                .hasMessageContaining("bad.json").hasMessageContaining("kind 'prayer' is unknown");
        String badWait = ModelJsonTest.CONTRACT_EXAMPLE.replace("\"seconds\": 20,", "\"seconds\": 20, \"waitSeconds\": -5,");
        assertThatThrownBy(() -> ModelJson.parse(badWait, "bad.json")).isInstanceOf(InvalidModelException.class)
                .hasMessageContaining("waiting of action 'enter-pairing-mode'");
    }

    @Test
    void aSlipRateLeavesEveryAnswerPossibleForEveryCause() {
        Question q = MODEL.question("red-light").orElseThrow().withSlip(0.1);
        assertThat(q.answer("no").orElseThrow().likelihood("flat")).isCloseTo(0.05, within(1e-12));
        assertThat(q.answer("yes").orElseThrow().likelihood("flat")).isCloseTo(0.9 + 0.05, within(1e-12));
        assertThat(q.answer("yes").orElseThrow().likelihood("broken")).isCloseTo(0.9 * 0.1 + 0.05, within(1e-12));
        for (String c : List.of("flat", "broken")) {
            assertThat(q.answers().stream().mapToDouble(a -> a.likelihood(c)).sum()).isCloseTo(1.0, within(1e-12));
        }
        assertThat(MODEL.question("red-light").orElseThrow().withSlip(0)).isEqualTo(MODEL.question("red-light").get());
    }
}
