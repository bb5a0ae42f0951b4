package org.pairdoctor.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

class SessionPagesTest {
    private static RunningServer server;
    private static SecurityTest.Token token;

    @BeforeAll
    static void start() throws Exception {
        server = new RunningServer();
        SecurityTest.server = server;
        token = SecurityTest.token();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> form(String path, String body) throws Exception {
        return server.post(path, "application/x-www-form-urlencoded", "csrf=" + token.value() + "&" + body, token.cookie());
    }

    private static String begin(String host) throws Exception {
        HttpResponse<String> r = form("/sessions", "device=sony-wh-1000xm2&host=" + host + "&problem=" + TestKnowledge.PROBLEM);
        assertThat(r.statusCode()).isEqualTo(303);
        return r.headers().firstValue("Location").orElseThrow();
    }

    /** Answers "did-not-help" (or a question's first answer, or skip) until {@code stepId} is current. */
    private static void advanceUntil(String id, String stepId) throws Exception {
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        for (int guard = 0; guard < 20; guard++) {
            var step = json.readTree(server.get("/api/sessions/" + id + "/step").body()).get("step");
            String current = step.get("id").asText();
            if (current.equals(stepId)) {
                return;
            }
            String reply = switch (step.get("kind").asText()) {
                case "question" -> step.get("replies").get(0).asText();
                case "action" -> step.get("destructive").asBoolean() ? "skipped" : "did-not-help";
                default -> throw new AssertionError("reached " + current + " before " + stepId);
            };
            assertThat(form("/s/" + id + "/answer", "step=" + current + "&reply=" + reply).statusCode()).isEqualTo(303);
        }
        throw new AssertionError(stepId + " never came");
    }

    static final String IPHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 "
            + "(KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1";

    private static HttpResponse<String> getAs(String path, String userAgent) throws Exception {
        return server.http.send(java.net.http.HttpRequest.newBuilder(server.uri(path)).header("User-Agent", userAgent)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theStartPageGuessesTheHostAndOffersItsProblemsMostCommonFirst() throws Exception {
        HttpResponse<String> r = getAs("/", IPHONE);
        assertThat(r.headers().firstValue("Vary").orElse("")).contains("User-Agent");
        String html = r.body();
        assertThat(html).contains("iPhone or iPad (iOS)").contains("guessed from your browser")
                .contains("name=\"host\" value=\"ios\"").contains("name=\"device\" value=\"sony-wh-1000xm2\"");
        assertThat(html).containsSubsequence("value=\"" + TestKnowledge.FIRST_TIME + "\"",
                "value=\"" + TestKnowledge.PROBLEM + "\"");
        assertThat(html).as("a Linux problem is not offered to an iPhone").doesNotContain(TestKnowledge.LINUX_ONLY)
                .contains("by our estimate until enough sessions are counted");
        assertThat(html).as("one tap changes the host").contains("href=\"/?device=sony-wh-1000xm2&amp;host=linux-gnome\"");
        assertThat(getAs("/?host=linux-gnome", IPHONE).body()).contains("value=\"" + TestKnowledge.LINUX_ONLY + "\"")
                .doesNotContain("guessed from your browser");
    }

    @Test
    void withoutAGuessTheStartFormAsksForTheHostGroupedByFamilyBesideEveryProblem() throws Exception {
        String html = getAs("/", "curl/8.0").body();
        assertThat(html).contains("<select id=\"host\" name=\"host\" required>").containsSubsequence(
                "label=\"iPhone or iPad\"", "label=\"Android phone or tablet\"", "Android (other makers)",
                "Samsung Galaxy (One UI)", "label=\"Mac\"", "label=\"Windows PC\"", "label=\"Linux\"")
                .contains("value=\"" + TestKnowledge.LINUX_ONLY + "\"");
        HttpResponse<String> r = form("/sessions", "device=sony-wh-1000xm2&problem=" + TestKnowledge.PROBLEM);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("Please choose your phone or computer.");
    }

    @Test
    void aDeepLinkKeepsWorkingAndPutsItsProblemFirst() throws Exception {
        String html = getAs("/?device=sony-wh-1000xm2&host=linux-gnome&problem=" + TestKnowledge.PROBLEM, IPHONE).body();
        assertThat(html).contains("Linux with GNOME").containsSubsequence("value=\"" + TestKnowledge.PROBLEM + "\"",
                "value=\"" + TestKnowledge.FIRST_TIME + "\"").contains("primary chosen");
    }

    @Test
    void anIncompleteStartFormIsShownAgainWithWhatIsMissing() throws Exception {
        HttpResponse<String> r = form("/sessions", "device=sony-wh-1000xm2&host=ios");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("Please choose what you want to do.");
    }

    @Test
    void aStepPageShowsTheInstructionProgressPictureAndWhyPanel() throws Exception {
        String html = server.get(begin("ios")).body();
        assertThat(html).contains("Put the headset in pairing mode").contains("<kbd>POWER</kbd>")
                .contains("7 seconds").contains("Bluetooth pairing").doesNotContain("data-elapsed=")
                .doesNotContain("goal 1:30").containsPattern("Step 1 of about [2-9]")
                .contains("Rules out: The headset is not in pairing mode")
                .contains("role=\"img\"").contains("Hold POWER on the left earcup for 7 seconds")
                .contains("<g class=\"pd-control pd-button pd-held\" data-control=\"power\">")
                .contains("Why this step?").contains("estimates").contains("50%")
                .contains("value=\"worked\"").contains("value=\"did-not-help\"").contains("value=\"skipped\"");
    }

    @Test
    void aDestructiveStepNeedsAnExplicitConfirmation() throws Exception {
        String session = begin("macos");
        String id = session.substring("/s/".length());
        advanceUntil(id, "factory-reset");
        int before = server.store.find(id).orElseThrow().turns().size();
        String warning = server.get(session).body();
        assertThat(warning).contains("Careful: this step erases something").contains("every pairing and setting")
                .contains("value=\"confirmed\"").contains("I understand, show me how").contains("value=\"skipped\"")
                .doesNotContain("value=\"worked\"").doesNotContain("NC/AMBIENT");

        HttpResponse<String> unconfirmed = form(session + "/answer", "step=factory-reset&reply=did-not-help");
        assertThat(unconfirmed.statusCode()).isEqualTo(409);
        assertThat(unconfirmed.body()).as("the confirm page again").contains("value=\"confirmed\"");
        assertThat(server.store.find(id).orElseThrow().turns()).hasSize(before);

        assertThat(form(session + "/answer", "step=factory-reset&reply=confirmed").statusCode()).isEqualTo(303);
        String confirmed = server.get(session).body();
        assertThat(confirmed).contains("NC/AMBIENT").contains("value=\"worked\"").contains("value=\"did-not-help\"")
                .doesNotContain("value=\"confirmed\"");
        HttpResponse<String> ok = form(session + "/answer", "step=factory-reset&reply=did-not-help");
        assertThat(ok.statusCode()).isEqualTo(303);
        assertThat(server.store.find(id).orElseThrow().turns()).extracting(t -> t.reply().code())
                .endsWith("confirmed", "did-not-help").hasSize(before + 2);
    }

    @Test
    void answeringTwiceShowsAConflictPageThatLeadsToTheCurrentStep() throws Exception {
        String session = begin("windows-11");
        assertThat(form(session + "/answer", "step=enter-pairing-mode&reply=did-not-help").statusCode()).isEqualTo(303);
        HttpResponse<String> again = form(session + "/answer", "step=enter-pairing-mode&reply=did-not-help");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("already answered").contains("href=\"" + session + "\"");
    }

    @Test
    void theFinishPageAfterEscalationHasTheSupportSummary() throws Exception {
        String session = begin("linux-gnome");
        advanceUntil(session.substring("/s/".length()), "contact-sony-support");
        String esc = server.get(session).body();
        assertThat(esc).contains("Contact Sony support").contains("value=\"accepted\"");
        form(session + "/answer", "step=contact-sony-support&reply=accepted");
        String done = server.get(session).body();
        assertThat(done).contains("Summary for a support request").contains("Connecting to: Linux with GNOME")
                .contains("Put the headset in pairing mode -&gt; Didn't help")
                .contains("Use the supplied audio cable")
                .contains("<a class=\"button help-link support-page\" href=\"https://www.sony.com/electronics/support\"")
                .contains("<a class=\"button primary\" href=\"/\">Start again</a>")
                .containsPattern("Started: \\d{1,2} [A-Z][a-z]+ 20\\d\\d, \\d\\d:\\d\\d UTC")
                .doesNotContainPattern("\\d{4}-\\d\\d-\\d\\dT");
    }

    @Test
    void referencePagesShowTheKnowledge() throws Exception {
        assertThat(server.get("/guide").body()).contains("/guide/android-samsung?device=sony-wh-1000xm2");
        assertThat(server.get("/guide/ios").body()).contains("Pair Sony WH-1000XM2 with iPhone or iPad (iOS)");
        assertThat(server.get("/behaviours").body()).containsSubsequence("Normal", "First-time pairing", "Needs fixing",
                "Headphones missing");
        assertThat(server.get("/faq").body()).contains("Can it connect to two devices at once?").contains("Mostly false");
        String facts = server.get("/facts").body();
        assertThat(facts).contains("Launched in 2016").contains("IFA 2017").contains("https://www.theverge.com/")
                .doesNotContain("73%").doesNotContain("1,247");
    }
}
