package org.pairdoctor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BenchCommandTest {
    @Test
    void theRandomBenchReportsRatiosAndIsDeterministicForASeed() throws Exception {
        PlanCommandTest.Run a = PlanCommandTest.run("bench", "--random", "5", "--causes", "5", "--actions", "5",
                "--questions", "2", "--seed", "4", "--json");
        PlanCommandTest.Run b = PlanCommandTest.run("bench", "--random", "5", "--causes", "5", "--actions", "5",
                "--questions", "2", "--seed", "4", "--json");
        assertThat(a.code()).as(a.err()).isEqualTo(0);
        JsonNode r = new ObjectMapper().readTree(a.out()).get("random");
        assertThat(r.get("instances").asInt()).isEqualTo(5);
        assertThat(r.get("ratioMean").asDouble()).isGreaterThanOrEqualTo(1.0 - 1e-9);
        assertThat(r.get("ratioMax").asDouble()).isGreaterThanOrEqualTo(r.get("ratioP95").asDouble());
        assertThat(b.out()).isEqualTo(a.out());
    }

    @Test
    void whereTheOptimumIsOutOfReachTheRandomBenchReportsThePlannerAndTheOracleBound() throws Exception {
        // 61 actions and a 3-answer question do not fit the exact search's evidence key: no optimum at all.
        PlanCommandTest.Run json = PlanCommandTest.run("bench", "--random", "1", "--causes", "62", "--actions", "61",
                "--questions", "1", "--seed", "2", "--json");
        assertThat(json.code()).as(json.err()).isEqualTo(0);
        JsonNode r = new ObjectMapper().readTree(json.out()).get("random");
        assertThat(r.get("optimumKnown").asInt()).isZero();
        assertThat(r.get("plannerSolvedExactly").asInt()).isZero();
        assertThat(r.has("ratioMean")).isFalse();
        assertThat(r.get("plannerOverOracle").get("mean").asDouble()).isGreaterThanOrEqualTo(1.0);
        assertThat(r.get("plannerMeanSeconds").asDouble()).isGreaterThan(r.get("oracleMeanSeconds").asDouble());
        PlanCommandTest.Run text = PlanCommandTest.run("bench", "--random", "1", "--causes", "62", "--actions", "61",
                "--questions", "1", "--seed", "2");
        assertThat(text.code()).isEqualTo(0);
        assertThat(text.out()).contains("optimum known: 0 of 1").contains("optimum n/a (exceeds budget)")
                .contains("ECR / oracle ECR");
    }

    @Test
    void anUnknownPolicyIsAUsageError() {
        PlanCommandTest.Run r = PlanCommandTest.run("bench", "--policies", "planner,psychic", "--json");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("'psychic'").contains("valid policies");
    }

    @Test
    void theShippedWorldsMatchTheKnowledgeBaseAndTheBenchIsDeterministicForASeed() throws Exception {
        for (String world : new String[] {"as-authored.yaml", "disagrees.yaml"}) {
            String file = BenchCommand.repoRoot().resolve("worlds").resolve(world).toString();
            String[] args = {"bench", "--world", file, "--problem", "pairing-fails", "--policies", "planner,static",
                    "--sessions", "50", "--seed", "3", "--json"};
            PlanCommandTest.Run a = PlanCommandTest.run(args);
            PlanCommandTest.Run b = PlanCommandTest.run(args);
            assertThat(a.code()).as(world + ": " + a.err()).isEqualTo(0);
            JsonNode ra = new ObjectMapper().readTree(a.out()).get("results");
            JsonNode rb = new ObjectMapper().readTree(b.out()).get("results");
            assertThat(ra).hasSize(2);
            for (int i = 0; i < 2; i++) {
                for (String f : new String[] {"meanSeconds", "medianSeconds", "p90Seconds", "resolvedShare",
                        "within90sShare", "meanSteps"}) {
                    assertThat(rb.get(i).get(f).asDouble()).as(f).isEqualTo(ra.get(i).get(f).asDouble());
                }
            }
        }
    }
}
