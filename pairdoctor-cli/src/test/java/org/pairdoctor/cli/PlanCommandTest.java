package org.pairdoctor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pairdoctor.core.model.Action;
import org.pairdoctor.core.model.Cause;
import org.pairdoctor.core.model.Escalation;
import org.pairdoctor.core.model.ModelJson;
import org.pairdoctor.core.model.TroubleshootingModel;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PlanCommandTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    Path modelFile() throws Exception {
        // Try fix-a (10 s, fixes a for sure), then support: 10 + 0.4 * 100 = 50 s.
        TroubleshootingModel m = new TroubleshootingModel("p", Map.of(),
                List.of(new Cause("a", 0.6), new Cause("unknown", 0.4)),
                List.of(Action.of("fix-a", 10, Map.of("a", 1.0))), List.of(), new Escalation("support", 100));
        Path f = dir.resolve("model.json");
        Files.writeString(f, ModelJson.write(m));
        return f;
    }

    @Test
    void planPrintsTheExactExpectedCostAndFirstStepAsJson() throws Exception {
        Run r = run("plan", "--model", modelFile().toString(), "--policy", "optimal", "--json");
        assertThat(r.code()).as(r.err()).isEqualTo(0);
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.get("policy").asText()).isEqualTo("optimal");
        assertThat(j.get("expectedSeconds").asDouble()).isCloseTo(50.0, within(1e-9));
        assertThat(j.get("firstStep").asText()).isEqualTo("fix-a");
        assertThat(j.get("states").asInt()).isPositive();
    }

    @Test
    void everyPolicyCanBePlanned() throws Exception {
        Path f = modelFile();
        for (String p : List.of("planner", "sacso", "static", "pover-c", "optimal", "oracle")) {
            Run r = run("plan", "--model", f.toString(), "--policy", p, "--json");
            assertThat(r.code()).as(p + ": " + r.err()).isEqualTo(0);
            assertThat(new ObjectMapper().readTree(r.out()).get("policy").asText()).isEqualTo(p);
        }
    }

    @Test
    void withoutJsonPlanPrintsAReadableLine() throws Exception {
        Run r = run("plan", "--model", modelFile().toString(), "--policy", "planner");
        assertThat(r.code()).isEqualTo(0);
        assertThat(r.out()).contains("planner on p: expected 50.0 s to resolution; first step: fix-a (action)");
    }

    @Test
    void aBadModelFileIsExitOneWithAMessageNamingWhatIsWrong() throws Exception {
        Path f = dir.resolve("bad.json");
        Files.writeString(f, "{\"problem\": \"p\", \"causes\": [{\"id\": \"a\", \"prior\": 0.5}],"
                + " \"escalation\": {\"id\": \"s\", \"seconds\": 1}}");
        Run r = run("plan", "--model", f.toString(), "--json");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("bad.json").contains("sum to 0.5");
    }

    @Test
    void aMissingModelFileIsExitOne() {
        Run r = run("plan", "--model", dir.resolve("nope.json").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("nope.json").contains("no such file");
    }

    @Test
    void anUnknownPolicyIsAUsageErrorListingTheValidOnes() throws Exception {
        Run r = run("plan", "--model", modelFile().toString(), "--policy", "clever");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("'clever'").contains("planner, sacso, static, pover-c, optimal, oracle");
    }
}
