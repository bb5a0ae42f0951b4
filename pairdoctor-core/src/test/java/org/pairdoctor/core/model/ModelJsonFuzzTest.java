package org.pairdoctor.core.model;

import com.code_intelligence.jazzer.junit.FuzzTest;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Coverage-guided fuzzing of {@link ModelJson#parse}: for any bytes, parsing either returns a model
 * that survives a write/parse round trip unchanged, or throws {@link InvalidModelException} with a
 * message naming the origin. Any other exception (a NullPointerException, an ArithmeticException,
 * a Jackson exception leaking through) is a bug.
 *
 * <p>{@code mvn test} replays the seeds and findings in
 * {@code src/test/resources/org/pairdoctor/core/model/ModelJsonFuzzTestInputs/<method>/} (regression
 * mode). To fuzz for real: {@code JAZZER_FUZZ=1 ./mvnw -pl pairdoctor-core test -Dtest=ModelJsonFuzzTest}
 * (see docs/benchmarks/fuzzing.md).
 */
class ModelJsonFuzzTest {

    @FuzzTest(maxDuration = "3m")
    void parseReturnsAModelOrThrowsInvalidModelException(byte[] input) {
        String json = new String(input, StandardCharsets.UTF_8);
        TroubleshootingModel m;
        try {
            m = ModelJson.parse(json, "fuzz.json");
        } catch (InvalidModelException e) {
            assertThat(e.getMessage()).startsWith("fuzz.json");
            return;
        }
        assertThat(ModelJson.parse(ModelJson.write(m), "round-trip.json")).isEqualTo(m);
    }
}
