package org.pairdoctor.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Generative fuzzing of the REST API from its own description: for every operation in
 * {@code /openapi.json}, requests built from the documented body schema and then broken (wrong types,
 * missing and extra fields, odd strings, deep nesting, odd ids, charsets and content types). A
 * client's mistake must never be a 5xx. Seeded, bounded (20,000 requests), traffic to 127.0.0.1 only.
 */
class ApiFuzzTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int REQUESTS = 20_000;
    private static int closedConnections;
    private static final String[] ODD = {"", " ", "null", "\u0000", "%u0041", "../../etc/passwd", "é", "💥",
            "a".repeat(3000), "<script>", "answer:", "answer:%", "worked\n", "{}", "[]", "0", "-1", "1e309",
            "sony-wh-1000xm2", "android-samsung", "headset-not-in-scan-list", "skipped", "confirmed", "did-not-help"};

    private record Operation(String method, String path, JsonNode bodySchema) {
    }

    @Test
    void twentyThousandGeneratedRequestsGetNoServerError() throws Exception {
        try (RunningServer s = new RunningServer(WebServer.Settings.defaults(0).withRateLimits(RateLimits.off()))) {
            JsonNode spec = JSON.readTree(s.get("/openapi.json").body());
            List<Operation> ops = operations(spec);
            assertThat(ops).as("operations in /openapi.json").hasSizeGreaterThanOrEqualTo(4);
            Random random = new Random(20261201);
            List<String> ids = new ArrayList<>(List.of("AAAAAAAAAAAAAAAAAAAAAA"));
            Map<Integer, Integer> statuses = new LinkedHashMap<>();
            for (int i = 0; i < REQUESTS; i++) {
                Operation op = ops.get(random.nextInt(ops.size()));
                String id = random.nextInt(4) == 0 ? odd(random) : ids.get(random.nextInt(ids.size()));
                String path = op.path().replace("{id}", encode(id, random));
                String body = random.nextInt(3) == 0 ? valid(s, op, id) : body(spec, op, random);
                HttpResponse<String> r = send(s, op, path, body, random);
                statuses.merge(r.statusCode(), 1, Integer::sum);
                assertThat(r.statusCode()).as("%s %s -> %s", op.method(), path, r.body()).isLessThan(500);
                if (r.statusCode() == 201) {
                    ids.add(JSON.readTree(r.body()).get("id").asText());
                }
            }
            System.out.println("ApiFuzzTest: " + REQUESTS + " requests over " + ops.size() + " operations, statuses "
                    + statuses + ", " + closedConnections + " sent again after the server closed a kept-alive connection");
            assertThat(statuses.keySet()).as("the generator reaches valid and invalid requests").contains(200, 201, 400);
        }
    }

    /** A request a client following the documentation would send, so the walk reaches deeper states. */
    private static String valid(RunningServer s, Operation op, String id) throws Exception {
        if (op.path().equals("/api/sessions")) {
            return "{\"device\":\"sony-wh-1000xm2\",\"host\":\"android-samsung\","
                    + "\"problem\":\"headset-not-in-scan-list\"}";
        }
        if (op.path().endsWith("/answers")) {
            HttpResponse<String> step = s.get("/api/sessions/" + URLEncoder.encode(id, StandardCharsets.UTF_8) + "/step");
            JsonNode st = step.statusCode() == 200 ? JSON.readTree(step.body()).path("step") : null;
            if (st != null && st.has("id")) {
                return "{\"step\":\"" + st.get("id").asText() + "\",\"reply\":\"" + st.get("replies").get(0).asText()
                        + "\"}";
            }
        }
        return "";
    }

    private static List<Operation> operations(JsonNode spec) {
        List<Operation> ops = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = spec.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> p = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ms = p.getValue().fields(); ms.hasNext(); ) {
                Map.Entry<String, JsonNode> m = ms.next();
                JsonNode schema = m.getValue().path("requestBody").path("content").path("application/json").path("schema");
                ops.add(new Operation(m.getKey().toUpperCase(), p.getKey(), schema.isMissingNode() ? null : schema));
            }
        }
        return ops;
    }

    private static HttpResponse<String> send(RunningServer s, Operation op, String path, String body, Random random)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.server.port() + path));
        if (op.method().equals("GET")) {
            b.GET();
        } else {
            String[] types = {"application/json", "application/json; charset=utf-8", "application/json; charset=bogus",
                    "text/plain", "application/x-www-form-urlencoded", "application/json; charset=utf-16"};
            b.header("Content-Type", types[random.nextInt(4) == 0 ? random.nextInt(types.length) : 0]);
            b.method(op.method(), HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        }
        HttpRequest request = b.build();
        try {
            return s.http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException closed) {
            // The server may close a kept-alive connection after refusing a body it did not read to
            // the end; a client sends the request again on a new connection, and so does this test.
            closedConnections++;
        }
        try {
            return s.http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new AssertionError("no answer to " + op.method() + " " + path + " "
                    + request.headers().map() + " body " + body.substring(0, Math.min(200, body.length())), e);
        }
    }

    /** A body from the schema, valid-looking most of the time, then broken in one of several ways. */
    private static String body(JsonNode spec, Operation op, Random random) {
        if (op.bodySchema() == null) {
            return "";
        }
        JsonNode schema = resolve(spec, op.bodySchema());
        ObjectNode o = JSON.createObjectNode();
        for (Iterator<String> names = schema.path("properties").fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (random.nextInt(8) == 0) {
                continue; // a missing field
            }
            switch (random.nextInt(6)) {
                case 0 -> o.put(name, random.nextInt());
                case 1 -> o.putNull(name);
                case 2 -> o.putArray(name).add(odd(random));
                case 3 -> o.putObject(name).put("x", odd(random));
                default -> o.put(name, odd(random));
            }
        }
        if (random.nextInt(10) == 0) {
            o.put("extra", odd(random));
        }
        return switch (random.nextInt(20)) {
            case 0 -> "[".repeat(2000) + "]".repeat(2000);
            case 1 -> "{\"a\":".repeat(1500) + "1" + "}".repeat(1500);
            case 2 -> o.toString().substring(0, Math.max(0, o.toString().length() - 1));
            case 3 -> odd(random);
            default -> o.toString();
        };
    }

    private static JsonNode resolve(JsonNode spec, JsonNode schema) {
        if (!schema.has("$ref")) {
            return schema;
        }
        JsonNode at = spec;
        for (String part : schema.get("$ref").asText().substring(2).split("/")) {
            at = at.get(part);
        }
        return at;
    }

    private static String odd(Random random) {
        return ODD[random.nextInt(ODD.length)];
    }

    /** Ids as a client would put them in a URL (raw malformed escapes are MalformedRequestTest's). */
    private static String encode(String id, Random random) {
        String e = URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
        return random.nextInt(10) == 0 ? e + "/" : e;
    }
}
