package org.pairdoctor.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pairdoctor.core.engine.Planners;
import org.pairdoctor.core.engine.Step;
import org.pairdoctor.core.knowledge.KnowledgeBase;
import org.pairdoctor.core.knowledge.ShippedKnowledge;
import org.pairdoctor.core.session.GuidedSession;
import org.pairdoctor.core.session.Reply;
import org.pairdoctor.core.session.SessionService;
import org.pairdoctor.core.statistics.StatisticsCache;
import org.pairdoctor.store.Database;
import org.pairdoctor.store.JdbcOutcomeQueries;
import org.pairdoctor.store.JdbcSessionStore;
import org.pairdoctor.web.content.KnowledgeCatalogue;
import org.pairdoctor.web.stats.StatisticsModule;
import org.pairdoctor.web.stats.StatisticsModuleProvider;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages in the real browser, measured by the tools people use (tools/browser-check.mjs drives Debian's
 * Chromium with puppeteer-core, Lighthouse 12 and axe-core, all pinned in tools/package.json): Lighthouse
 * mobile at least 95 in each of its four categories on the start page, a step page, the guide index and the
 * statistics; no axe-core violation in light or dark; no sideways scrolling at 320 px nor at 200% text; the
 * printable guide and the session's step served by the service worker with the network cut. Phone
 * screenshots go to {@code target/screenshots/quality/}. Outside CI a missing browser or node skips the test;
 * under {@code CI=true} it fails instead.
 */
class BrowserQualityTest {
    private static final Path TOOLS = Path.of("tools");
    private static final Path OUT = Path.of("target", "screenshots", "quality").toAbsolutePath();
    private static final int MIN_SCORE = 95;

    @TempDir
    static Path dir;
    private static Database db;
    private static WebServer server;
    private static JsonNode measured;
    private static String guide;

    @BeforeAll
    static void measure() throws Exception {
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        boolean present = Files.isExecutable(HeadlessChromium.CHROMIUM)
                && Files.isDirectory(TOOLS.resolve("node_modules").resolve("lighthouse"))
                && Files.isDirectory(TOOLS.resolve("node_modules").resolve("puppeteer-core"));
        if (!ci) {
            Assumptions.assumeTrue(present, "skipped: needs /usr/bin/chromium, node and `npm ci` in pairdoctor-web/tools");
        }
        assertThat(present).as("chromium and the tools' node_modules are required under CI=true (.ci/run installs them)")
                .isTrue();
        KnowledgeBase kb = KnowledgeBase.load(ShippedKnowledge.directory());
        KnowledgeCatalogue catalogue = new KnowledgeCatalogue(kb);
        db = Database.openDirectory(dir);
        SessionService sessions = new SessionService(kb, Planners.standard(), new JdbcSessionStore(db), Clock.systemUTC());
        String device = catalogue.devices().get(0).id();
        String host = catalogue.hosts().get(0).id();
        String problem = catalogue.problems().get(0).id();
        String step = "/s/" + sessions.start(device, host, problem, "web", Map.of()).record().id();
        // A problem that starts with a step to do (not a question): its answers stick to the bottom of a phone's
        // screen, and its sessions end at once, so /stats has figures, tables and charts to show.
        String actionProblem = null;
        for (var p : catalogue.problems()) {
            GuidedSession s = sessions.start(device, host, p.id(), "web", Map.of());
            if (s.current().orElseThrow().step() instanceof Step.Repair) {
                actionProblem = p.id();
                break;
            }
        }
        assertThat(actionProblem).as("a problem on %s that starts with a step to do", host).isNotNull();
        for (int i = 0; i < 8; i++) {
            GuidedSession s = sessions.start(device, host, actionProblem, "web", Map.of());
            Step first = s.current().orElseThrow().step();
            sessions.reply(s.record().id(), first.id(), i % 3 == 0 ? Reply.didNotHelp() : Reply.worked());
        }
        String action = "/s/" + sessions.start(device, host, actionProblem, "web", Map.of()).record().id();
        StatisticsCache cache = new StatisticsCache(new JdbcOutcomeQueries(db), Clock.systemUTC(), Duration.ZERO,
                StatisticsModuleProvider::inBackground, StatisticsModuleProvider.families(kb));
        server = new WebServer(catalogue, sessions, Clock.systemUTC(),
                List.of(new StatisticsModule(cache, catalogue.devices())),
                WebServer.Settings.defaults(0).withRateLimits(RateLimits.off())).start();
        guide = "/guide/" + host + "?device=" + device;

        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("start", "/");
        pages.put("step", step);
        pages.put("action-step", action);
        pages.put("guide-index", "/guide");
        pages.put("guide", guide);
        pages.put("stats", "/stats");
        pages.put("stats-device", "/stats?device=" + device);
        pages.put("faq", "/faq");
        pages.put("behaviours", "/behaviours");
        // The same pages for earbuds and for the generic headset: other entries, other controls.
        pages.put("faq-earbuds", "/faq?device=sony-wf-1000xm5");
        pages.put("behaviours-generic", "/behaviours?device=generic-headset");
        pages.put("facts", "/facts");
        pages.put("error", "/no-such-page");
        pages.put("offline-page", "/offline");
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("base", "http://127.0.0.1:" + server.port());
        config.put("pages", pages);
        config.put("lighthouse", Map.of("start", "/", "step", step, "guide", "/guide", "stats", "/stats"));
        config.put("offline", Map.of("guide", guide, "step", step, "unseen", "/faq"));
        config.put("out", OUT.toString());
        config.put("chromium", HeadlessChromium.CHROMIUM.toString());
        // -DbrowserCheck.only=offline,axe runs part of the checks while working on them (the others then fail).
        config.put("only", System.getProperty("browserCheck.only", ""));
        measured = run(new ObjectMapper().writeValueAsString(config));
        Files.writeString(OUT.resolve("browser-check.json"), measured.toPrettyString());
        assertThat(measured.path("errors")).as("errors in browser-check.mjs").isEmpty();
    }

    private static JsonNode run(String config) throws Exception {
        List<String> command = new ArrayList<>(List.of("node", "browser-check.mjs", config));
        Process p = new ProcessBuilder(command).directory(TOOLS.toFile()).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        StringBuilder output = new StringBuilder();
        Thread reader = new Thread(() -> {
            try {
                output.append(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            } catch (java.io.IOException e) {
                output.append(e);
            }
        });
        reader.start();
        boolean done = p.waitFor(15, TimeUnit.MINUTES);
        if (!done) {
            p.destroyForcibly();
        }
        reader.join(10_000);
        assertThat(done).as("browser-check.mjs finished within 15 minutes").isTrue();
        assertThat(p.exitValue()).as(output.toString()).isZero();
        String line = output.toString().lines().filter(l -> l.startsWith("BROWSER-CHECK ")).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("no result from browser-check.mjs:\n" + output));
        return new ObjectMapper().readTree(line.substring("BROWSER-CHECK ".length()));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
        if (db != null) {
            db.close();
        }
    }

    @Test
    void lighthouseMobileScoresAtLeast95InEveryCategory() {
        JsonNode lh = measured.get("lighthouse");
        assertThat(lh.size()).isEqualTo(4);
        for (Iterator<Map.Entry<String, JsonNode>> it = lh.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> page = it.next();
            JsonNode scores = page.getValue().get("scores");
            System.out.println("Lighthouse " + page.getKey() + ": " + scores + " (audits below 1: "
                    + page.getValue().get("failed") + ")");
            for (String category : List.of("performance", "accessibility", "best-practices", "seo")) {
                assertThat(scores.path(category).asInt(-1)).as("%s on %s; audits below 1: %s", category,
                        page.getKey(), page.getValue().get("failed")).isGreaterThanOrEqualTo(MIN_SCORE);
            }
        }
    }

    @Test
    void axeFindsNoViolationInLightOrDarkOnAnyPage() {
        JsonNode axe = measured.get("axe");
        // 11 pages, /stats?device=, the earbuds' FAQ and the generic headset's behaviour table.
        assertThat(axe.size()).isEqualTo(14);
        axe.fields().forEachRemaining(page -> {
            for (String scheme : List.of("light", "dark")) {
                assertThat(page.getValue().get(scheme)).as("axe violations on %s in %s", page.getKey(), scheme)
                        .isEmpty();
            }
        });
    }

    @Test
    void noPageScrollsSidewaysAt320PxOrAt200PercentText() {
        measured.get("layout").fields().forEachRemaining(page -> {
            for (String mode : List.of("narrow", "text200")) {
                JsonNode m = page.getValue().get(mode);
                assertThat(m.get("scrollWidth").asInt()).as("%s %s: page width vs viewport", page.getKey(), mode)
                        .isLessThanOrEqualTo(m.get("clientWidth").asInt());
                assertThat(m.get("cutOff")).as("%s %s: controls cut off at the side", page.getKey(), mode).isEmpty();
            }
            // The text really grew: rem follows the browser's font setting.
            assertThat(page.getValue().get("text200").get("rootFontPx").asDouble())
                    .as("%s: root font at a 32 px browser setting", page.getKey()).isGreaterThanOrEqualTo(32);
        });
    }

    @Test
    void theStickyAnswerBarNeverTakesMostOfThePhoneScreen() {
        JsonNode action = measured.get("layout").get("action-step");
        assertThat(action.get("narrow").get("stickyBarHeight").asInt()).as("the answers stick at 320 px, normal text")
                .isPositive();
        for (String page : List.of("step", "action-step")) {
            for (String mode : List.of("narrow", "text200")) {
                JsonNode m = measured.get("layout").get(page).get(mode);
                assertThat(m.get("stickyBarHeight").asInt()).as("sticky answers on %s, %s", page, mode)
                        .isLessThanOrEqualTo(m.get("viewportHeight").asInt() / 3);
            }
        }
    }

    @Test
    void noPageLogsAnErrorOrRequestsAMissingFile() {
        measured.get("console").fields().forEachRemaining(page -> {
            List<String> errors = new ArrayList<>();
            page.getValue().forEach(e -> errors.add(e.asText()));
            // The error page's own 404 is the point of that page.
            errors.removeIf(e -> page.getKey().startsWith("error") && e.contains("/no-such-page"));
            errors.removeIf(e -> page.getKey().startsWith("error") && e.contains("404 (Not Found)"));
            assertThat(errors).as("console errors on %s", page.getKey()).isEmpty();
        });
    }

    @Test
    void theGuideAndTheStepStayReadableWithTheNetworkCut() {
        JsonNode off = measured.get("offline");
        assertThat(off.get("controlled").asBoolean()).as("the service worker controls the page").isTrue();
        assertThat(off.get("networkCut").asBoolean()).as("the network really is cut").isTrue();
        assertThat(off.get("guide").get("fromWorker").asBoolean()).as("guide from the worker: " + off).isTrue();
        assertThat(off.get("guide").get("h1").asText()).startsWith("Pair ");
        assertThat(off.get("guide").get("items").asInt()).isPositive();
        assertThat(off.get("step").get("fromWorker").asBoolean()).as("step from the worker: " + off).isTrue();
        assertThat(off.get("step").get("h1").asText()).isNotBlank();
        assertThat(off.get("unseen").get("h1").asText()).as("a page never opened").isEqualTo("You are offline");
    }

    @Test
    void screenshotsOfEveryPageOnAPhoneAreSaved() {
        List<String> shots = new ArrayList<>();
        measured.get("screenshots").forEach(s -> shots.add(s.asText()));
        assertThat(shots).hasSizeGreaterThanOrEqualTo(40);
        shots.forEach(s -> assertThat(Path.of(s)).isRegularFile());
    }
}
