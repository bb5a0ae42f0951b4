package org.pairdoctor.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Installable, offline-ready and multilingual: what the browser fetches besides the pages, and the language. */
class AppShellTest {
    private static RunningServer server;

    @BeforeAll
    static void start() {
        server = new RunningServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(server.uri(path)).GET();
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return server.http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theFaviconManifestIconsAndWorkerAreServedWithTheirTypes() throws Exception {
        var ico = server.http.send(HttpRequest.newBuilder(server.uri("/favicon.ico")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(ico.statusCode()).isEqualTo(200);
        assertThat(ico.headers().firstValue("Content-Type")).hasValue("image/x-icon");
        assertThat(ico.body()).startsWith(0, 0, 1, 0);

        var manifest = get("/manifest.webmanifest");
        assertThat(manifest.headers().firstValue("Content-Type").orElse("")).startsWith("application/manifest+json");
        JsonNode m = new ObjectMapper().readTree(manifest.body());
        assertThat(m.get("start_url").asText()).isEqualTo("/");
        assertThat(m.get("display").asText()).isEqualTo("standalone");
        for (JsonNode icon : m.get("icons")) {
            assertThat(get(icon.get("src").asText()).statusCode()).as(icon.toString()).isEqualTo(200);
        }
        assertThat(m.get("icons").findValuesAsText("sizes")).contains("192x192", "512x512");

        var worker = get("/sw.js");
        assertThat(worker.headers().firstValue("Content-Type").orElse("")).startsWith("text/javascript");
        assertThat(worker.headers().firstValue("Cache-Control")).hasValue("no-cache");
        // Everything the worker keeps at install must exist, or installing fails as a whole.
        for (String path : List.of("/assets/app.css", "/assets/app.js", "/assets/icon.svg", "/assets/icon-192.png",
                "/favicon.ico", "/manifest.webmanifest", "/offline", "/guide")) {
            assertThat(worker.body()).contains("\"" + path + "\"");
            assertThat(get(path).statusCode()).as(path).isEqualTo(200);
        }
    }

    @Test
    void everyPageLinksTheIconsManifestThemeColourAndADescription() throws Exception {
        for (String path : List.of("/", "/guide", "/faq", "/behaviours", "/facts", "/offline", "/nothing-here")) {
            String html = get(path).body();
            assertThat(html).as(path).contains("<link rel=\"manifest\" href=\"/manifest.webmanifest\">")
                    .contains("rel=\"icon\"").contains("name=\"theme-color\"").contains("rel=\"apple-touch-icon\"")
                    .containsPattern("<meta name=\"description\" content=\"[^\"]{40,}\">");
        }
    }

    @Test
    void theSecurityPolicyAllowsOurWorkerAndManifest() throws Exception {
        String csp = get("/").headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).contains("worker-src 'self'").contains("manifest-src 'self'").contains("script-src 'self'");
    }

    @Test
    void readingPagesMayBeKeptForBackAndForwardButSessionsAndFormsAreNeverStored() throws Exception {
        for (String path : List.of("/guide", "/faq", "/behaviours", "/facts", "/offline")) {
            assertThat(get(path).headers().firstValue("Cache-Control")).as(path).hasValue("no-cache");
        }
        assertThat(get("/").headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(get("/s/nope").headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(get("/api/sessions/nope").headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(get("/assets/app.js").body()).doesNotContain("unload");
    }

    @Test
    void thePageFollowsAcceptLanguageAndTheLanguageSwitch() throws Exception {
        var english = get("/guide", "Accept-Language", "de-DE,de;q=0.9");
        assertThat(english.body()).contains("<html lang=\"en\">").contains("<h1>Pairing guides</h1>");
        assertThat(english.headers().firstValue("Content-Language")).hasValue("en");

        // A test-only bundle (src/test/resources/i18n/messages_eo.properties) with a few keys.
        var eo = get("/guide", "Accept-Language", "eo,en;q=0.5");
        assertThat(eo.body()).contains("<html lang=\"eo\">").contains("<h1>Gvidiloj pri parigo</h1>")
                .contains(">Gvidilo</a>")
                .as("untranslated keys fall back to English").contains(">FAQ</a>");

        var chosen = get("/faq?lang=eo", "Accept-Language", "en");
        assertThat(chosen.body()).contains("<html lang=\"eo\">");
        String cookie = chosen.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("pd_lang=eo"))
                .findFirst().orElseThrow();
        assertThat(cookie).contains("Path=/").containsIgnoringCase("SameSite=Lax");
        assertThat(get("/faq", "Cookie", "pd_lang=eo", "Accept-Language", "en").body()).contains("<html lang=\"eo\">");
        assertThat(get("/faq?lang=xx").body()).contains("<html lang=\"en\">");
    }

    @Test
    void theOfflinePageSaysWhatStillWorks() throws Exception {
        var r = get("/offline");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("<h1>You are offline</h1>").contains("href=\"/guide\"");
    }
}
