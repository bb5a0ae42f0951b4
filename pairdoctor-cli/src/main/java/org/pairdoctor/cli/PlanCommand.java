package org.pairdoctor.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.pairdoctor.core.engine.ExpectedCost;
import org.pairdoctor.core.engine.OptimalPolicy;
import org.pairdoctor.core.engine.Planners;
import org.pairdoctor.core.engine.Policies;
import org.pairdoctor.core.engine.Policy;
import org.pairdoctor.core.engine.UnknownPolicyException;
import org.pairdoctor.core.model.ModelJson;
import org.pairdoctor.core.model.TroubleshootingModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code pairdoctor plan --model FILE --policy NAME [--json]}: the exact expected cost to resolution
 * of a policy on a model file, computed over the policy's whole decision tree.
 */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "Exact expected cost of a policy on a model file (the format of `pairdoctor model --json`).")
final class PlanCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--model", required = true, paramLabel = "FILE", description = "The flattened model file (JSON).")
    Path model;

    @Option(names = "--policy", defaultValue = "planner", paramLabel = "NAME",
            description = "planner (default), sacso, static, pover-c, optimal or oracle.")
    String policy;

    @Option(names = "--time-limit", defaultValue = "60", paramLabel = "SECONDS",
            description = "Most time the optimal search may take (default ${DEFAULT-VALUE}); 0 for no limit.")
    long timeLimitSeconds;

    @Option(names = "--json", description = "Print JSON: policy, expectedSeconds, firstStep, and details.")
    boolean json;

    @Override
    public Integer call() throws JsonProcessingException {
        Policy p;
        try {
            p = policy.equals("optimal") ? new OptimalPolicy(timeLimitSeconds * 1000) : Policies.byName(policy);
        } catch (UnknownPolicyException e) {
            spec.commandLine().getErr().println("pairdoctor plan: " + e.getMessage());
            return 2;
        }
        TroubleshootingModel m = ModelJson.read(model);
        ExpectedCost.Evaluation e = ExpectedCost.of(p, m);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("policy", e.policy());
        out.put("expectedSeconds", e.expectedSeconds());
        out.put("firstStep", e.firstStep().id());
        out.put("firstStepKind", e.firstStep().kind().code());
        if (e.firstStepProbability() < 1.0) {
            out.put("firstStepProbability", e.firstStepProbability());
        }
        out.put("problem", m.problem());
        out.put("treeNodes", e.nodes());
        if (p instanceof OptimalPolicy o) {
            out.put("states", o.states(m));
        }
        if (p == Planners.standard()) {
            out.put("solvedExactly", Planners.solvesExactly(m));
        }
        if (json) {
            spec.commandLine().getOut().println(new ObjectMapper().writeValueAsString(out));
        } else {
            spec.commandLine().getOut().printf(Locale.ROOT, "%s on %s: expected %.1f s to resolution; first step: %s (%s)%s%n",
                    e.policy(), m.problem(), e.expectedSeconds(), e.firstStep().id(), e.firstStep().kind().code(),
                    e.firstStepProbability() < 1.0
                            ? String.format(Locale.ROOT, ", for %.0f%% of true causes", 100 * e.firstStepProbability())
                            : "");
        }
        return 0;
    }
}
