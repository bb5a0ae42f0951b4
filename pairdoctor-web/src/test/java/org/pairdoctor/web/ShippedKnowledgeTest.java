package org.pairdoctor.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pairdoctor.core.engine.Planners;
import org.pairdoctor.core.knowledge.KnowledgeBase;
import org.pairdoctor.core.knowledge.ShippedKnowledge;
import org.pairdoctor.core.session.InMemorySessionStore;
import org.pairdoctor.core.session.SessionService;
import org.pairdoctor.web.content.HostEntry;
import org.pairdoctor.web.content.KnowledgeCatalogue;
import org.pairdoctor.web.content.ProblemEntry;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The server over the knowledge base in the repository: every problem on every host walks to its end. */
class ShippedKnowledgeTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static WebServer server;
    private static KnowledgeCatalogue catalogue;
    private static KnowledgeBase kb;

    @BeforeAll
    static void start() {
        kb = KnowledgeBase.load(ShippedKnowledge.directory());
        catalogue = new KnowledgeCatalogue(kb);
        SessionService sessions = new SessionService(kb, Planners.standard(), new InMemorySessionStore(), Clock.systemUTC());
        // Walks every problem on every host from one address: far beyond a person's rate limits.
        server = new WebServer(catalogue, sessions, Clock.systemUTC(), List.of(),
                WebServer.Settings.defaults(0).withRateLimits(RateLimits.off())).start();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static HttpResponse<String> send(String method, String path, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
        b = body == null ? b.GET() : b.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body));
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void everyProblemOnEveryHostWalksToEscalationWithEveryStepAndPageRendered() throws Exception {
        // The default headset and its problems (the earbuds-only ones do not exist for it).
        String device = kb.defaultDevice().id();
        int walks = 0;
        int destructive = 0;
        for (ProblemEntry p : catalogue.problems()) {
            if (!kb.exists(p.id(), device)) {
                continue;
            }
            for (HostEntry h : catalogue.hosts()) {
                HttpResponse<String> created = send("POST", "/api/sessions",
                        "{\"device\":\"" + device + "\",\"host\":\"" + h.id() + "\",\"problem\":\"" + p.id() + "\"}");
                assertThat(created.statusCode()).as(p.id() + " on " + h.id() + ": " + created.body()).isEqualTo(201);
                JsonNode s = JSON.readTree(created.body());
                String id = s.get("id").asText();
                JsonNode step = s.get("step");
                for (int guard = 0; step != null && !step.isNull(); guard++) {
                    assertThat(guard).as("session of %s on %s does not end", p.id(), h.id()).isLessThan(60);
                    assertThat(step.get("title").asText()).isNotBlank();
                    HttpResponse<String> page = send("GET", "/s/" + id, null);
                    assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
                    String stepId = step.get("id").asText();
                    assertWithinBudget(step, p.id() + "/" + stepId + " on " + h.id());
                    if (step.get("confirmation").get("required").asBoolean()
                            && !step.get("confirmation").get("confirmed").asBoolean()) {
                        HttpResponse<String> refused = send("POST", "/api/sessions/" + id + "/answers",
                                "{\"step\":\"" + stepId + "\",\"reply\":\"did-not-help\"}");
                        assertThat(refused.statusCode()).as("unconfirmed %s of %s on %s", stepId, p.id(), h.id())
                                .isEqualTo(409);
                        destructive++;
                    }
                    // The first reply offered, except that an action "did not help": a destructive one is confirmed first.
                    String first = step.get("replies").get(0).asText();
                    String reply = first.equals("worked") ? "did-not-help" : first;
                    HttpResponse<String> r = send("POST", "/api/sessions/" + id + "/answers",
                            "{\"step\":\"" + stepId + "\",\"reply\":\"" + reply + "\"}");
                    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
                    step = JSON.readTree(r.body()).get("step");
                }
                HttpResponse<String> finish = send("GET", "/s/" + id, null);
                assertThat(finish.body()).contains("Summary for a support request");
                walks++;
            }
        }
        // 13 problems before issue 10, 22 after its nine common real problems were added.
        assertThat(catalogue.problems()).hasSizeGreaterThanOrEqualTo(22);
        assertThat(walks).isEqualTo(kb.problemsFor(device).size() * catalogue.hosts().size());
        assertThat(destructive).as("destructive steps met and refused before their confirmation").isPositive();
    }

    /** What a person holding a headset can follow: at most 6 lines, none said twice. */
    private static void assertWithinBudget(JsonNode step, String where) {
        JsonNode lines = step.get("lines");
        assertThat(lines.size()).as("lines of %s", where).isLessThanOrEqualTo(6);
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (JsonNode line : lines) {
            String text = line.get("text").asText().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9 ]", "").strip();
            assertThat(seen.add(text)).as("repeated line '%s' in %s", text, where).isTrue();
        }
    }

    @Test
    void referencePagesRenderForEveryHostAndShowNoUnsourcedStatistics() throws Exception {
        for (HostEntry h : catalogue.hosts()) {
            HttpResponse<String> r = send("GET", "/guide/" + h.id(), null);
            assertThat(r.statusCode()).as(h.id()).isEqualTo(200);
            assertThat(r.body()).contains("<ol class=\"instructions\">");
        }
        for (String page : List.of("/", "/guide", "/behaviours", "/faq", "/facts")) {
            // The source document's statistics may appear only inside a quote of what it claimed.
            String html = send("GET", page, null).body().replaceAll("(?s)<q class=\"seed\">.*?</q>", "");
            for (String stat : List.of("73%", "41%", "82%", "68%", "1,247")) {
                for (int i = html.indexOf(stat); i >= 0; i = html.indexOf(stat, i + 1)) {
                    String around = html.substring(Math.max(0, i - 80), Math.min(html.length(), i + 80));
                    assertThat(around).as(page + ": " + stat + " shown as a fact").contains("no traceable source");
                }
            }
        }
        assertThat(send("GET", "/facts", null).body()).contains("2016").contains("IFA 2017");
    }

    @Test
    void pagesPromiseNothingUnsourced() throws Exception {
        String facts = send("GET", "/facts", null).body();
        // Unsourced claims are quoted with their figures as N, and without a confidence that reads as theirs.
        assertThat(facts).contains("No source").contains("causes N% of reported")
                .doesNotContain("73%").doesNotContain("1,247").doesNotContain("Confidence:")
                .contains("How sure we are of this verdict");
        String start = send("GET", "/", null).body();
        // The 90-second figure is no promise and no measurement: the start page does not show it.
        assertThat(start).doesNotContain("Most fixes take under 90 seconds").doesNotContain("90 seconds");
        assertThat(start).doesNotContain("follow the maker's documentation").contains("authors' description");
    }
}
