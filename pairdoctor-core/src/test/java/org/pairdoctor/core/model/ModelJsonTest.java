package org.pairdoctor.core.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ModelJsonTest {
    static final String CONTRACT_EXAMPLE = """
            {
              "problem": "cannot-find-headset",
              "context": {"host": "android"},
              "causes":    [{"id": "not-in-pairing-mode", "prior": 0.95}, {"id": "unknown", "prior": 0.05}],
              "actions":   [{"id": "enter-pairing-mode", "seconds": 20, "fixes": {"not-in-pairing-mode": 0.95}}],
              "questions": [{"id": "indicator", "seconds": 5, "answers": [
                              {"id": "flashes-blue-twice", "likelihood": {"not-in-pairing-mode": 0.1, "unknown": 0.5}},
                              {"id": "other",              "likelihood": {"not-in-pairing-mode": 0.9, "unknown": 0.5}}]}],
              "escalation": {"id": "contact-support", "seconds": 900}
            }
            """;

    @Test
    void readsTheContractExampleAndWritesItBack() {
        TroubleshootingModel m = ModelJson.parse(CONTRACT_EXAMPLE, "example.json");
        assertThat(m.causeIds()).containsExactly("not-in-pairing-mode", "unknown");
        assertThat(m.action("enter-pairing-mode").orElseThrow().fixProbability("unknown")).isZero();
        assertThat(ModelJson.parse(ModelJson.write(m), "round-trip")).isEqualTo(m);
    }

    @Test
    void priorsNotSummingToOneAreRejectedWithTheFileName() {
        String bad = CONTRACT_EXAMPLE.replace("\"prior\": 0.95", "\"prior\": 0.5");
        assertThatThrownBy(() -> ModelJson.parse(bad, "bad.json"))
                .isInstanceOf(InvalidModelException.class)
                .hasMessageContaining("bad.json").hasMessageContaining("sum to 0.55");
    }

    @Test
    void unknownKeyIsReportedWithLineAndColumn() {
        String bad = CONTRACT_EXAMPLE.replace("\"problem\"", "\"problme\"");
        assertThatThrownBy(() -> ModelJson.parse(bad, "typo.json"))
                .isInstanceOf(InvalidModelException.class)
                .hasMessageStartingWith("typo.json:2:").hasMessageContaining("problme");
    }

    @Test
    void likelihoodsMustSumToOnePerCause() {
        String bad = CONTRACT_EXAMPLE.replace("\"not-in-pairing-mode\": 0.9,", "\"not-in-pairing-mode\": 0.8,");
        assertThatThrownBy(() -> ModelJson.parse(bad, "q.json"))
                .hasMessageContaining("question 'indicator'").hasMessageContaining("not-in-pairing-mode");
    }

    @Test
    void malformedJsonIsAnInvalidModelNotACrash() {
        assertThatThrownBy(() -> ModelJson.parse("{\"problem\": ", "broken.json"))
                .isInstanceOf(InvalidModelException.class).hasMessageStartingWith("broken.json:");
        assertThatThrownBy(() -> ModelJson.parse("{\"problem\": \"x\"}", "missing.json"))
                .isInstanceOf(InvalidModelException.class).hasMessageContaining("no causes");
    }
}
