package org.pairdoctor.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /openapi.json} passes a standard OpenAPI linter: Redocly's recommended rules, with no
 * error (warnings are printed). The linter is the npm package pinned in {@code tools/package.json}
 * ({@code npm ci} there installs it; .ci/run does). Without it, {@code npx} fetches the same version;
 * without node at all the test is skipped on a developer's machine, but never under {@code CI=true}.
 */
class OpenApiLintTest {
    private static final Path TOOLS = Path.of("tools");
    private static final Path SPEC = Path.of("src", "main", "resources", "openapi.json");

    @Test
    void theSpecPassesRedoclysRecommendedRules() throws Exception {
        List<String> command = new ArrayList<>(linter());
        command.addAll(List.of("lint", "--config", TOOLS.resolve("redocly.yaml").toString(), "--format=summary",
                SPEC.toString()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        boolean done = p.waitFor(180, TimeUnit.SECONDS);
        if (!done) {
            p.destroyForcibly();
        }
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        System.out.println(output);
        assertThat(done).as("the linter finished within 180 s").isTrue();
        assertThat(p.exitValue()).as(output).isZero();
        assertThat(output).as(output).doesNotContainPattern("(?m)^error\\s");
    }

    /** The installed linter, else npx with the pinned version; none: skip, except under CI. */
    private static List<String> linter() throws IOException {
        Path installed = TOOLS.resolve("node_modules").resolve(".bin").resolve("redocly");
        if (Files.isExecutable(installed)) {
            return List.of(installed.toString());
        }
        if (onPath("npx")) {
            String version = new ObjectMapper().readTree(TOOLS.resolve("package.json").toFile())
                    .at("/devDependencies/@redocly~1cli").asText();
            assertThat(version).as("the pinned @redocly/cli version in tools/package.json").matches("\\d+\\.\\d+\\.\\d+");
            return List.of("npx", "--yes", "@redocly/cli@" + version);
        }
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        assertThat(ci).as("node, npx and the linter are required under CI=true (.ci/run installs them)").isFalse();
        Assumptions.abort("node/npx not installed: run `npm ci` in pairdoctor-web/tools to lint /openapi.json");
        return List.of();
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }
}
