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
}
