package org.pairdoctor.web.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.JavalinConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.ConflictResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.NotFoundResponse;
import org.pairdoctor.core.session.ConfirmationRequiredException;
import org.pairdoctor.core.session.GuidedSession;
import org.pairdoctor.core.session.Reply;
import org.pairdoctor.core.session.SessionService;
import org.pairdoctor.web.ClientKeys;
import org.pairdoctor.web.content.Catalogue;
import org.pairdoctor.web.view.SessionView;
import org.pairdoctor.web.view.SessionViews;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The REST API for guided sessions (described in {@code /openapi.json}): create a session, read it
 * with its history, read the current step, answer it. The step is the core's prompt; whether a
 * reply fits is the core's decision (an unconfirmed destructive step's outcome is a 409 that says
 * how to confirm). Errors are {@code {"status", "message"}}.
 */
public final class SessionApi {
    /** Where the hand-written OpenAPI document lives on the classpath. */
    public static final String OPENAPI_RESOURCE = "/openapi.json";

    private final Catalogue catalogue;
    private final SessionService sessions;
    private final SessionViews views;
    private final ObjectMapper json;
    private final byte[] openApi;
    private final ClientKeys clients;

    public SessionApi(Catalogue catalogue, SessionService sessions, SessionViews views, ObjectMapper json,
                      ClientKeys clients) {
        this.clients = clients;
        this.catalogue = catalogue;
        this.sessions = sessions;
        this.views = views;
        this.json = json;
        this.openApi = loadOpenApi();
    }

    private static byte[] loadOpenApi() {
        try (InputStream in = SessionApi.class.getResourceAsStream(OPENAPI_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the OpenAPI document " + OPENAPI_RESOURCE + " is missing from the build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + OPENAPI_RESOURCE, e);
        }
    }

    public void register(JavalinConfig cfg) {
        cfg.routes.get("/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
        cfg.routes.post("/api/sessions", this::create);
        cfg.routes.get("/api/sessions/{id}", ctx -> ctx.json(ApiJson.session(views.view(sessions.load(ctx.pathParam("id"))))));
        cfg.routes.get("/api/sessions/{id}/step", ctx -> ctx.json(ApiJson.stepResponse(views.brief(sessions.load(ctx.pathParam("id"))))));
        cfg.routes.post("/api/sessions/{id}/answers", this::answer);
    }

    private void create(Context ctx) {
        JsonNode body = body(ctx);
        String device = text(body, "device");
        String host = text(body, "host");
        String problem = text(body, "problem");
        if (catalogue.device(device).isEmpty()) {
            // A headset id is chosen from a list the client has (the start page, /openapi.json): a bad one is bad input.
            throw new BadRequestResponse("field 'device': unknown device '" + device + "'; known: "
                    + ids(catalogue.devices().stream().map(d -> d.id()).toList()));
        }
        if (catalogue.host(host).isEmpty()) {
            throw new NotFoundResponse("unknown host '" + host + "'; known: " + ids(catalogue.hosts().stream()
                    .map(h -> h.id()).toList()));
        }
        if (catalogue.problem(problem).isEmpty()) {
            throw new NotFoundResponse("unknown problem '" + problem + "'; known: " + ids(catalogue.problems().stream()
                    .map(p -> p.id()).toList()));
        }
        // As an answer: the request thread is free while the new session is committed.
        CompletableFuture<GuidedSession> stored = sessions.startAsync(device, host, problem, "api", Map.of(),
                clients.of(ctx.ip()));
        ctx.future(() -> stored.thenAccept(s -> {
            SessionView v = views.view(s);
            ctx.status(201).header("Location", "/api/sessions/" + v.id()).json(ApiJson.session(v));
        }));
    }

    private void answer(Context ctx) {
        String id = ctx.pathParam("id");
        JsonNode body = body(ctx);
        String step = text(body, "step");
        Reply reply = Reply.parse(text(body, "reply"));
        // The request thread is free while the turn is committed (group commit on SQLite); the
        // response is written when it is durable. Failures found before storing throw here as usual.
        CompletableFuture<GuidedSession> stored;
        try {
            stored = sessions.replyAsync(id, step, reply);
        } catch (ConfirmationRequiredException e) {
            throw new ConflictResponse("step '" + e.stepId() + "' erases something and is not confirmed yet: POST "
                    + "{\"step\":\"" + e.stepId() + "\",\"reply\":\"confirmed\"} to /api/sessions/" + id
                    + "/answers first, then its outcome (worked or did-not-help); or reply skipped to leave it out");
        }
        ctx.future(() -> stored.thenAccept(next -> ctx.json(ApiJson.stepResponse(views.brief(next)))));
    }

    private static String ids(java.util.List<String> ids) {
        return String.join(", ", ids);
    }

    private JsonNode body(Context ctx) {
        String type = ctx.contentType();
        if (type == null || !type.toLowerCase().startsWith("application/json")) {
            throw new HttpResponseException(415, "send the body as JSON with Content-Type: application/json");
        }
        byte[] bytes = ctx.bodyAsBytes();
        JsonNode node;
        try {
            node = json.readTree(new String(bytes, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            // A broken limit (nesting deeper than Jackson's 1,000 levels) has no location.
            var at = e.getLocation();
            throw new BadRequestResponse("malformed JSON" + (at == null ? "" : " at line " + at.getLineNr()
                    + ", column " + at.getColumnNr()) + ": " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new BadRequestResponse("the body must be a JSON object");
        }
        return node;
    }

    private static String text(JsonNode body, String field) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) {
            throw new BadRequestResponse("missing field '" + field + "'");
        }
        if (!v.isTextual() || v.asText().isBlank()) {
            throw new BadRequestResponse("field '" + field + "' must be a non-empty string");
        }
        return v.asText();
    }
}
