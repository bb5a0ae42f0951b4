package org.pairdoctor.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

class SessionApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static RunningServer server;

    @BeforeAll
    static void start() {
        server = new RunningServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static JsonNode json(HttpResponse<String> r) throws Exception {
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        return JSON.readTree(r.body());
    }

    private static JsonNode create() throws Exception {
        HttpResponse<String> r = server.postJson("/api/sessions",
                "{\"device\":\"sony-wh-1000xm2\",\"host\":\"android-samsung\",\"problem\":\"headset-not-in-scan-list\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return json(r);
    }

    @Test
    void creatingASessionReturnsItWithItsFirstStepWrittenForTheHost() throws Exception {
        JsonNode s = create();
        assertThat(s.get("id").asText()).matches("[0-9a-f]{12}[A-Za-z0-9_-]{22}");
        assertThat(s.get("status").asText()).isEqualTo("in-progress");
        assertThat(s.get("host").get("name").asText()).isEqualTo("Samsung Galaxy (One UI)");
        JsonNode step = s.get("step");
        assertThat(step.get("id").asText()).isEqualTo("enter-pairing-mode");
        assertThat(step.get("kind").asText()).isEqualTo("action");
        assertThat(step.get("lines").get(0).get("holdSeconds").asInt()).isEqualTo(7);
        assertThat(step.get("lines").get(0).get("voicePrompt").asText()).isEqualTo("Bluetooth pairing");
        assertThat(step.get("replies")).extracting(JsonNode::asText).containsExactly("worked", "did-not-help", "skipped");
        assertThat(step.get("choices")).extracting(c -> c.get("label").asText())
                .containsExactly("That worked", "Didn't help", "Skip this step");
        assertThat(step.get("number").asInt()).isEqualTo(1);
        assertThat(step.get("destructive").asBoolean()).isFalse();
        assertThat(step.get("confirmation").get("required").asBoolean()).isFalse();
        assertThat(step.get("showInstructions").asBoolean()).isTrue();
        assertThat(step.get("why").get("basis").asText()).isEqualTo("estimate");
        assertThat(step.get("why").get("expectedRemainingBasis").asText()).isEqualTo("estimate");
        assertThat(step.get("why").get("causes").get(0).get("title").asText()).isEqualTo("The headset is not in pairing mode");
        assertThat(s.get("history")).isEmpty();
    }

    @Test
    void answeringGivesTheNextStepAndTheHistoryKeepsEveryTurnWithTimes() throws Exception {
        String id = create().get("id").asText();
        HttpResponse<String> r = server.postJson("/api/sessions/" + id + "/answers",
                "{\"step\":\"enter-pairing-mode\",\"reply\":\"did-not-help\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode next = json(r);
        assertThat(next.get("status").asText()).isEqualTo("in-progress");
        assertThat(next.get("step").get("id").asText()).isNotEqualTo("enter-pairing-mode");
        String nextId = next.get("step").get("id").asText();

        JsonNode current = json(server.get("/api/sessions/" + id + "/step"));
        assertThat(current.get("step").get("id").asText()).isEqualTo(nextId);

        JsonNode session = json(server.get("/api/sessions/" + id));
        assertThat(session.get("history")).hasSize(1);
        JsonNode turn = session.get("history").get(0);
        assertThat(turn.get("step").asText()).isEqualTo("enter-pairing-mode");
        assertThat(turn.get("reply").asText()).isEqualTo("did-not-help");
        assertThat(turn.get("shownAt").asText()).isNotBlank();
        assertThat(turn.get("answeredAt").asText()).isNotBlank();
    }

    @Test
    void workedEndsTheSessionAsFixedAndRecordsWhatFixedIt() throws Exception {
        String id = create().get("id").asText();
        JsonNode done = json(server.postJson("/api/sessions/" + id + "/answers",
                "{\"step\":\"enter-pairing-mode\",\"reply\":\"worked\"}"));
        assertThat(done.get("status").asText()).isEqualTo("fixed");
        assertThat(done.get("fixedBy").asText()).isEqualTo("enter-pairing-mode");
        assertThat(done.get("step").isNull()).isTrue();
        assertThat(json(server.get("/api/sessions/" + id)).get("endedAt").asText()).isNotBlank();
    }

    @Test
    void failingEveryStepEndsInEscalationThatTheUserAccepts() throws Exception {
        String id = create().get("id").asText();
        JsonNode step = json(server.get("/api/sessions/" + id + "/step")).get("step");
        int guard = 0;
        while (!step.get("kind").asText().equals("escalation") && guard++ < 20) {
            // The first reply offered, except that an action "did not help": a destructive one is confirmed first.
            String reply = step.get("replies").get(0).asText().equals("worked") ? "did-not-help"
                    : step.get("replies").get(0).asText();
            step = json(server.postJson("/api/sessions/" + id + "/answers",
                    "{\"step\":\"" + step.get("id").asText() + "\",\"reply\":\"" + reply + "\"}")).get("step");
        }
        assertThat(step.get("kind").asText()).isEqualTo("escalation");
        assertThat(step.get("contact").asText()).contains("Sony support");
        assertThat(step.get("replies")).extracting(JsonNode::asText).containsExactly("accepted");
        JsonNode end = json(server.postJson("/api/sessions/" + id + "/answers",
                "{\"step\":\"contact-sony-support\",\"reply\":\"accepted\"}"));
        assertThat(end.get("status").asText()).isEqualTo("escalated");
    }

    @Test
    void aDestructiveStepRefusesItsOutcomeUntilItIsConfirmed() throws Exception {
        String id = create().get("id").asText();
        JsonNode step = json(server.get("/api/sessions/" + id + "/step")).get("step");
        for (int guard = 0; !step.get("id").asText().equals("factory-reset"); guard++) {
            assertThat(guard).as("factory-reset never came").isLessThan(10);
            step = json(server.postJson("/api/sessions/" + id + "/answers",
                    "{\"step\":\"" + step.get("id").asText() + "\",\"reply\":\"skipped\"}")).get("step");
        }
        assertThat(step.get("destructive").asBoolean()).isTrue();
        assertThat(step.get("loses").asText()).isEqualTo("every pairing and setting on the headset");
        assertThat(step.get("confirmation").get("required").asBoolean()).isTrue();
        assertThat(step.get("confirmation").get("confirmed").asBoolean()).isFalse();
        assertThat(step.get("confirmation").get("reply").asText()).isEqualTo("confirmed");
        assertThat(step.get("showInstructions").asBoolean()).isFalse();
        assertThat(step.get("replies")).extracting(JsonNode::asText).containsExactly("confirmed", "skipped");
        int turns = server.store.find(id).orElseThrow().turns().size();

        for (String outcome : new String[]{"worked", "did-not-help"}) {
            HttpResponse<String> refused = server.postJson("/api/sessions/" + id + "/answers",
                    "{\"step\":\"factory-reset\",\"reply\":\"" + outcome + "\"}");
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
            assertThat(json(refused).get("message").asText()).contains("factory-reset")
                    .contains("\"reply\":\"confirmed\"").contains("/api/sessions/" + id + "/answers");
        }
        assertThat(server.store.find(id).orElseThrow().turns()).hasSize(turns);

        HttpResponse<String> confirm = server.postJson("/api/sessions/" + id + "/answers",
                "{\"step\":\"factory-reset\",\"reply\":\"confirmed\"}");
        assertThat(confirm.statusCode()).as(confirm.body()).isEqualTo(200);
        JsonNode same = json(confirm).get("step");
        assertThat(same.get("id").asText()).isEqualTo("factory-reset");
        assertThat(same.get("confirmation").get("confirmed").asBoolean()).isTrue();
        assertThat(same.get("showInstructions").asBoolean()).isTrue();
        assertThat(same.get("number").asInt()).isEqualTo(step.get("number").asInt());
        assertThat(same.get("replies")).extracting(JsonNode::asText).containsExactly("worked", "did-not-help", "skipped");

        JsonNode fixed = json(server.postJson("/api/sessions/" + id + "/answers",
                "{\"step\":\"factory-reset\",\"reply\":\"worked\"}"));
        assertThat(fixed.get("status").asText()).isEqualTo("fixed");
        assertThat(fixed.get("fixedBy").asText()).isEqualTo("factory-reset");
        JsonNode history = json(server.get("/api/sessions/" + id)).get("history");
        assertThat(history.get(history.size() - 2).get("reply").asText()).isEqualTo("confirmed");
        assertThat(history.get(history.size() - 1).get("reply").asText()).isEqualTo("worked");
    }

    @Test
    void answeringAStepThatIsNoLongerCurrentIsAConflict() throws Exception {
        String id = create().get("id").asText();
        String body = "{\"step\":\"enter-pairing-mode\",\"reply\":\"did-not-help\"}";
        assertThat(server.postJson("/api/sessions/" + id + "/answers", body).statusCode()).isEqualTo(200);
        HttpResponse<String> again = server.postJson("/api/sessions/" + id + "/answers", body);
        assertThat(again.statusCode()).isEqualTo(409);
        JsonNode e = json(again);
        assertThat(e.get("status").asInt()).isEqualTo(409);
        assertThat(e.get("message").asText()).contains("enter-pairing-mode").contains("not the current step");
    }

    @Test
    void unknownSessionsAndIdsAreNotFound() throws Exception {
        HttpResponse<String> r = server.get("/api/sessions/AAAAAAAAAAAAAAAAAAAAAA");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(json(r).get("message").asText()).contains("AAAAAAAAAAAAAAAAAAAAAA");
        assertThat(server.get("/api/sessions/nope/step").statusCode()).isEqualTo(404);
        assertThat(server.postJson("/api/sessions/nope/answers", "{\"step\":\"a\",\"reply\":\"worked\"}").statusCode())
                .isEqualTo(404);
        HttpResponse<String> host = server.postJson("/api/sessions",
                "{\"device\":\"sony-wh-1000xm2\",\"host\":\"amiga\",\"problem\":\"headset-not-in-scan-list\"}");
        assertThat(host.statusCode()).isEqualTo(404);
        assertThat(json(host).get("message").asText()).contains("unknown host 'amiga'").contains("android-samsung");
        assertThat(json(server.get("/api/nothing-here")).get("status").asInt()).isEqualTo(404);
    }

    @Test
    void anUnknownDeviceIsABadRequestNamingTheField() throws Exception {
        HttpResponse<String> r = server.postJson("/api/sessions",
                "{\"device\":\"sony-wh-1000xm9\",\"host\":\"android-samsung\",\"problem\":\"headset-not-in-scan-list\"}");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(json(r).get("message").asText()).contains("field 'device'", "unknown device 'sony-wh-1000xm9'",
                "sony-wh-1000xm2");
    }

    @Test
    void malformedJsonMissingFieldsAndInvalidRepliesAreBadRequests() throws Exception {
        HttpResponse<String> malformed = server.postJson("/api/sessions", "{\"device\": ");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(json(malformed).get("message").asText()).startsWith("malformed JSON");

        HttpResponse<String> missing = server.postJson("/api/sessions", "{\"device\":\"sony-wh-1000xm2\",\"host\":\"ios\"}");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(json(missing).get("message").asText()).isEqualTo("missing field 'problem'");

        assertThat(server.postJson("/api/sessions", "[1,2]").statusCode()).isEqualTo(400);
        assertThat(server.postJson("/api/sessions", "{\"device\":5,\"host\":\"ios\",\"problem\":\"x\"}").statusCode())
                .isEqualTo(400);

        String id = create().get("id").asText();
        HttpResponse<String> bad = server.postJson("/api/sessions/" + id + "/answers",
                "{\"step\":\"enter-pairing-mode\",\"reply\":\"maybe\"}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(json(bad).get("message").asText()).contains("unknown reply 'maybe'");
        HttpResponse<String> unfit = server.postJson("/api/sessions/" + id + "/answers",
                "{\"step\":\"enter-pairing-mode\",\"reply\":\"answer:other\"}");
        assertThat(unfit.statusCode()).isEqualTo(400);
        assertThat(json(unfit).get("message").asText()).contains("does not fit");
    }

    @Test
    void aBodyThatIsNotJsonIsRefusedWithUnsupportedMediaType() throws Exception {
        HttpResponse<String> r = server.post("/api/sessions", "application/x-www-form-urlencoded",
                "device=sony-wh-1000xm2&host=ios&problem=x", null);
        assertThat(r.statusCode()).isEqualTo(415);
        assertThat(json(r).get("status").asInt()).isEqualTo(415);
    }

    @Test
    void aBodyOverTheLimitIsRefusedWithContentTooLarge() throws Exception {
        String big = "{\"device\":\"" + "x".repeat(20_000) + "\",\"host\":\"ios\",\"problem\":\"p\"}";
        HttpResponse<String> r = server.postJson("/api/sessions", big);
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(json(r).get("message").asText()).contains("limit");
    }
}
