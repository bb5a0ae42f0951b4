package org.pairdoctor.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

class OpenApiTest {
    @Test
    void theSpecDescribesExactlyTheApiRoutesTheServerRegisters() throws Exception {
        try (RunningServer server = new RunningServer()) {
            var response = server.get("/openapi.json");
            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode spec = new ObjectMapper().readTree(response.body());
            assertThat(spec.get("openapi").asText()).startsWith("3.0");

            Set<String> documented = new TreeSet<>();
            for (Iterator<Map.Entry<String, JsonNode>> paths = spec.get("paths").fields(); paths.hasNext(); ) {
                var path = paths.next();
                path.getValue().fieldNames().forEachRemaining(m -> documented.add(m.toUpperCase() + " " + path.getKey()));
            }
            Set<String> served = new TreeSet<>();
            server.server.routes().stream().filter(r -> r.path().startsWith("/api/"))
                    .forEach(r -> served.add(r.method() + " " + r.path()));

            assertThat(served).isNotEmpty();
            assertThat(documented).isEqualTo(served);
        }
    }

    @Test
    void everyDocumentedErrorStatusHasTheErrorShapeAndEveryRefResolves() throws Exception {
        JsonNode spec = new ObjectMapper().readTree(OpenApiTest.class.getResourceAsStream("/openapi.json"));
        spec.findValues("$ref").forEach(ref -> assertThat(spec.at(ref.asText().substring(1)).isMissingNode())
                .as(ref.asText()).isFalse());
        spec.get("paths").forEach(path -> path.forEach(op -> op.get("responses").fields().forEachRemaining(e -> {
            JsonNode response = e.getValue().has("$ref") ? spec.at(e.getValue().get("$ref").asText().substring(1))
                    : e.getValue();
            if (e.getKey().startsWith("4") || e.getKey().startsWith("5")) {
                assertThat(response.at("/content/application~1json/schema/$ref").asText())
                        .isEqualTo("#/components/schemas/Error");
            }
            if (e.getKey().equals("503")) {
                assertThat(response.at("/headers/Retry-After").isMissingNode()).isFalse();
            }
        })));
    }

    @Test
    void aServedStepHasExactlyTheDocumentedShape() throws Exception {
        JsonNode spec = new ObjectMapper().readTree(OpenApiTest.class.getResourceAsStream("/openapi.json"));
        try (RunningServer server = new RunningServer()) {
            var created = server.postJson("/api/sessions",
                    "{\"device\":\"sony-wh-1000xm2\",\"host\":\"ios\",\"problem\":\"headset-not-in-scan-list\"}");
            JsonNode step = new ObjectMapper().readTree(created.body()).get("step");
            conforms(spec, "Step", step);
            conforms(spec, "Confirmation", step.get("confirmation"));
            conforms(spec, "ReplyChoice", step.get("choices").get(0));
            conforms(spec, "Why", step.get("why"));
            conforms(spec, "Line", step.get("lines").get(0));
        }
    }

    /** Every field is documented and every required field is there. */
    private static void conforms(JsonNode spec, String schema, JsonNode value) {
        JsonNode s = spec.at("/components/schemas/" + schema);
        Set<String> fields = new TreeSet<>();
        value.fieldNames().forEachRemaining(fields::add);
        Set<String> documented = new TreeSet<>();
        s.get("properties").fieldNames().forEachRemaining(documented::add);
        assertThat(documented).as(schema + " documents every field served").containsAll(fields);
        s.get("required").forEach(r -> assertThat(fields).as(schema + " serves required " + r).contains(r.asText()));
    }
}
