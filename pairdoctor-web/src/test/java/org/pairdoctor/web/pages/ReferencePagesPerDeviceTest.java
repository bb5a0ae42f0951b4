package org.pairdoctor.web.pages;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pairdoctor.core.engine.Planners;
import org.pairdoctor.core.knowledge.Device;
import org.pairdoctor.core.knowledge.KnowledgeBase;
import org.pairdoctor.core.knowledge.ShippedKnowledge;
import org.pairdoctor.core.session.InMemorySessionStore;
import org.pairdoctor.core.session.SessionService;
import org.pairdoctor.web.RateLimits;
import org.pairdoctor.web.WebServer;
import org.pairdoctor.web.content.KnowledgeCatalogue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * /behaviours and /faq per headset, over the shipped knowledge: for every device each page renders with the
 * headset's name in the heading, names its buttons by its own labels and no label of a button it lacks, and
 * links to the other headsets; without {@code ?device=} the remembered headset, else the default; an unknown
 * id is a 404 naming it.
 */
class ReferencePagesPerDeviceTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final List<String> PAGES = List.of("/behaviours", "/faq");
    private static WebServer server;
    private static KnowledgeBase kb;

    @BeforeAll
    static void start() {
        kb = KnowledgeBase.load(ShippedKnowledge.directory());
        SessionService sessions = new SessionService(kb, Planners.standard(), new InMemorySessionStore(), Clock.systemUTC());
        server = new WebServer(new KnowledgeCatalogue(kb), sessions, Clock.systemUTC(), List.of(),
                WebServer.Settings.defaults(0).withRateLimits(RateLimits.off())).start();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static HttpResponse<String> get(String path, String cookie) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).GET();
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * The page's own text for the headset: without the source document's quotes, the titles of the sources
     * cited (which describe other models too) and the links to other headsets.
     */
    private static String ownText(String html) {
        return html.replaceAll("(?s)<q class=\"seed\"[^>]*>.*?</q>", "")
                .replaceAll("(?s)<p class=\"sources\">.*?</p>", "")
                .replaceAll("(?s)<nav class=\"other-headsets.*?</nav>", "")
                .replace("&#39;", "'").replace("&quot;", "\"").replace("&amp;", "&");
    }

    @Test
    void everyDevicesPagesNameItAndItsButtonsAndNoOtherHeadsetsButtons() throws Exception {
        List<String> failures = new ArrayList<>();
        for (Device d : kb.devices()) {
            Set<String> own = new TreeSet<>();
            d.buttons().forEach(b -> own.add(b.label()));
            Set<String> foreign = new TreeSet<>();
            kb.devices().forEach(o -> o.buttons().stream().map(Device.Button::label).filter(l -> !own.contains(l))
                    .forEach(foreign::add));
            StringBuilder both = new StringBuilder();
            for (String page : PAGES) {
                HttpResponse<String> r = get(page + "?device=" + d.id(), null);
                assertThat(r.statusCode()).as(page + " for " + d.id()).isEqualTo(200);
                String html = r.body();
                assertThat(html).as(page + " for " + d.id()).containsPattern("<h1>[^<]*" + Pattern.quote(escape(d.name())));
                kb.devices().stream().filter(o -> !o.id().equals(d.id())).forEach(o ->
                        assertThat(html).as(page + " links " + o.id()).contains("href=\"" + page + "?device=" + o.id() + "\""));
                String text = ownText(html);
                both.append(text);
                for (String w : foreign) {
                    if (Pattern.compile("(?<![\\w/])" + Pattern.quote(w) + "(?![\\w/])").matcher(text).find()) {
                        failures.add(page + "?device=" + d.id() + " names '" + w + "', a button it lacks");
                    }
                }
            }
            if (!own.isEmpty()) {
                assertThat(own).as(d.id() + ": one of its buttons named on its pages")
                        .anyMatch(l -> both.toString().contains(l));
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void withoutADeviceThePagesAreForTheRememberedHeadsetElseTheDefault() throws Exception {
        for (String page : PAGES) {
            assertThat(get(page, null).body()).containsPattern("<h1>[^<]*" + Pattern.quote(kb.defaultDevice().name()));
            assertThat(get(page, "pairdoctor-device=sony-wf-1000xm4").body())
                    .containsPattern("<h1>[^<]*Sony WF-1000XM4");
            // A remembered id that no longer exists is ignored, not an error.
            assertThat(get(page, "pairdoctor-device=gone").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void anUnknownDeviceIsA404NamingIt() throws Exception {
        for (String page : PAGES) {
            HttpResponse<String> r = get(page + "?device=sony-wh-1000xm9", null);
            assertThat(r.statusCode()).as(page).isEqualTo(404);
            assertThat(r.body()).as(page).contains("sony-wh-1000xm9");
        }
    }

    @Test
    void helpLinksKeepTheHeadsetAndOnlyPointToProblemsItHas() throws Exception {
        String earbuds = get("/behaviours?device=sony-wf-1000xm3", null).body();
        assertThat(earbuds).contains("/?problem=one-earbud-not-connecting&amp;device=sony-wf-1000xm3");
        String headphones = get("/faq?device=sony-wh-1000xm2", null).body();
        assertThat(headphones).doesNotContain("one-earbud-not-connecting").doesNotContain("earbuds-reset-not-working");
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("\"", "&quot;").replace("'", "&#39;").replace("<", "&lt;");
    }
}
