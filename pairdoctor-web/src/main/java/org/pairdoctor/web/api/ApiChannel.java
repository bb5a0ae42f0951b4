package org.pairdoctor.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.pairdoctor.core.engine.Explanation;
import org.pairdoctor.core.model.StepKind;
import org.pairdoctor.core.model.TroubleshootingModel;
import org.pairdoctor.core.session.ModelSource;
import org.pairdoctor.core.session.Reply;
import org.pairdoctor.core.vignette.SessionChannel;
import org.pairdoctor.core.vignette.VignetteCase;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A vignette's person reaching sessions over the REST API of a running server (its root URL), for
 * {@code pairdoctor vignettes --api URL} and the web module's walk test: POST /api/sessions, then
 * POST /api/sessions/{id}/answers, on one HTTP client (connections are reused). A question's answers'
 * likelihoods come from the local model source (the person picks an answer the case does not give by
 * them); everything else is what the API returns. Every step shown is kept, as JSON, for checks of its text.
 */
public final class ApiChannel implements SessionChannel {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final URI base;
    private final ModelSource models;
    private final AtomicLong requests = new AtomicLong();
    private final Map<VignetteCase, ApiVisit> visits = new ConcurrentHashMap<>();

    public ApiChannel(HttpClient http, URI base, ModelSource models) {
        this.http = http;
        this.base = base;
        this.models = models;
    }

    /** HTTP requests sent so far, by every visit. */
    public long requests() {
        return requests.get();
    }

    @Override
    public ApiVisit start(VignetteCase c) {
        ObjectNode body = JsonNodeFactory.instance.objectNode().put("device", c.device()).put("host", c.host())
                .put("problem", c.problem());
        JsonNode session = post("/api/sessions", body, 201);
        ApiVisit visit = new ApiVisit(c, session.get("id").asText(), session);
        visits.put(c, visit);
        return visit;
    }

    /** The case's latest visit (for the steps it was shown); a walk may run its cases on several threads. */
    public ApiVisit visitOf(VignetteCase c) {
        return Objects.requireNonNull(visits.get(c), () -> "no visit for " + c.name());
    }

    private JsonNode post(String path, JsonNode body, int expected) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
        try {
            requests.incrementAndGet();
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != expected) {
                throw new IllegalStateException("POST " + path + " " + body + " answered " + r.statusCode()
                        + " (expected " + expected + "): " + r.body());
            }
            return JSON.readTree(r.body());
        } catch (IOException e) {
            throw new UncheckedIOException("POST " + base.resolve(path) + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during POST " + path, e);
        }
    }

    /** One session over the API; {@link #steps()} keeps every step it showed, in order. */
    public final class ApiVisit implements Visit {
        private final VignetteCase c;
        private final String id;
        private final List<JsonNode> steps = new ArrayList<>();
        private JsonNode now;
        private TroubleshootingModel model;

        private ApiVisit(VignetteCase c, String id, JsonNode response) {
            this.c = c;
            this.id = id;
            see(response);
        }

        private void see(JsonNode response) {
            now = response;
            if (!response.get("step").isNull()) {
                steps.add(response.get("step"));
            }
        }

        public List<JsonNode> steps() {
            return List.copyOf(steps);
        }

        public String id() {
            return id;
        }

        @Override
        public Optional<Shown> shown() {
            JsonNode step = now.get("step");
            if (step.isNull()) {
                return Optional.empty();
            }
            String stepId = step.get("id").asText();
            StepKind kind = StepKind.valueOf(step.get("kind").asText().toUpperCase(Locale.ROOT));
            JsonNode confirmation = step.get("confirmation");
            boolean awaiting = confirmation.get("required").asBoolean() && !confirmation.get("confirmed").asBoolean();
            List<Explanation.CauseProbability> causes = new ArrayList<>();
            step.get("why").get("causes").forEach(x -> causes.add(
                    new Explanation.CauseProbability(x.get("id").asText(), x.get("probability").asDouble())));
            return Optional.of(new Shown(stepId, kind, kind == StepKind.QUESTION
                    ? model().question(stepId) : Optional.empty(),
                    awaiting, causes));
        }

        private TroubleshootingModel model() {
            if (model == null) {
                model = models.model(c.problem(), c.host(), c.device());
            }
            return model;
        }

        @Override
        public boolean fixed() {
            return "fixed".equals(now.get("status").asText());
        }

        @Override
        public void reply(Reply reply) {
            if (now.get("step").isNull()) {
                throw new IllegalStateException("session " + id + " has ended: no step to reply to");
            }
            String step = now.get("step").get("id").asText();
            ObjectNode body = JsonNodeFactory.instance.objectNode().put("step", step).put("reply", reply.code());
            see(post("/api/sessions/" + id + "/answers", body, 200));
        }
    }
}
