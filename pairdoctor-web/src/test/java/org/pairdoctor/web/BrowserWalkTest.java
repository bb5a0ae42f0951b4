package org.pairdoctor.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walks whole guided sessions in headless Chromium, on a phone-sized and a desktop viewport, to
 * success and to escalation, and saves screenshots to {@code target/screenshots/}. Outside CI the
 * test skips when Chromium or its driver is missing; under {@code CI=true} it fails instead.
 */
class BrowserWalkTest {
    private static final Path SHOTS = HeadlessChromium.SHOTS;

    private static RunningServer server;
    private static ChromeDriver driver;
    private static int width;

    @BeforeAll
    static void start() throws Exception {
        driver = HeadlessChromium.start(1280, 800);
        server = new RunningServer();
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    private static void viewport(int w, int h, boolean phone) {
        width = w;
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", w, "height", h, "deviceScaleFactor", phone ? 2 : 1, "mobile", phone));
    }

    private static void javascript(boolean on) {
        driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", !on));
    }

    /** A full-page PNG: the page's whole height at the current width. */
    private static void shot(String name) throws Exception {
        long height = ((Number) driver.executeScript(
                "return Math.ceil(document.documentElement.scrollHeight)")).longValue();
        Map<String, Object> r = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        Files.write(SHOTS.resolve(name + ".png"), Base64.getDecoder().decode((String) r.get("data")));
    }

    /** From the start page with the host chosen by a link (the browser's own UA guesses nothing useful here). */
    private static void begin(String host, String problem) {
        driver.get(server.uri("/?host=" + host).toString());
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("headphones connected");
        startProblem(problem);
    }

    /** One tap on the problem, wherever it is listed (among the first, or under "Something else"). */
    private static void startProblem(String problem) {
        By button = By.cssSelector("button[name=problem][value=" + problem + "]");
        if (!driver.findElement(button).isDisplayed()) {
            driver.findElement(By.cssSelector(".more-problems summary")).click();
        }
        driver.findElement(button).click();
        waitFor(By.cssSelector("section.step"));
    }

    private static void waitFor(By by) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.findElements(by).isEmpty());
    }

    private static WebElement button(String text) {
        return driver.findElements(By.cssSelector(".answers button, .answers a")).stream()
                .filter(b -> b.getText().trim().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no button '" + text + "' on " + driver.getCurrentUrl()));
    }

    private static String title() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    private void walkToSuccess(String prefix) throws Exception {
        begin("android-samsung", TestKnowledge.PROBLEM);
        shot(prefix + "-1-start-step");
        assertThat(title()).isEqualTo("Put the headset in pairing mode");
        String page = driver.findElement(By.tagName("main")).getText();
        assertThat(page).contains("POWER").contains("7 seconds").contains("Bluetooth pairing")
                .contains("Samsung Galaxy (One UI)");
        driver.findElement(By.cssSelector("details.why summary")).click();
        assertThat(driver.findElement(By.cssSelector("details.why")).getText())
                .contains("The headset is not in pairing mode").contains("estimates");
        shot(prefix + "-2-why-open");
        button("That worked").click();
        waitFor(By.cssSelector(".good-card"));
        assertThat(title()).isEqualTo("You're connected");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Put the headset in pairing mode");
        shot(prefix + "-3-fixed");
    }

    private void walkToEscalation(String prefix) throws Exception {
        begin("ios", TestKnowledge.PROBLEM);
        int n = 0;
        for (int guard = 0; guard < 12; guard++) {
            if (!driver.findElements(By.cssSelector(".escalate-card")).isEmpty()) {
                break;
            }
            n++;
            if (!driver.findElements(By.cssSelector("button[value=confirmed]")).isEmpty()) {
                shot(prefix + "-" + n + "-destructive-warning");
                assertThat(driver.findElement(By.cssSelector(".warning")).getText()).contains("every pairing");
                assertThat(driver.findElements(By.xpath("//button[normalize-space()='That worked']"))).isEmpty();
                button("I understand, show me how").click();
                waitFor(By.cssSelector("button[value=did-not-help]"));
                assertThat(driver.findElement(By.tagName("main")).getText()).contains("NC/AMBIENT");
                button("Didn't help").click();
            } else if (!driver.findElements(By.cssSelector(".is-escalation")).isEmpty()) {
                shot(prefix + "-" + n + "-escalation-step");
                assertThat(driver.findElement(By.cssSelector(".help-links")).getText()).contains("Sony support");
                button("OK, show me the summary").click();
            } else if (!driver.findElements(By.cssSelector(".choice-button")).isEmpty()) {
                driver.findElements(By.cssSelector(".choice-button")).get(0).click();
            } else {
                if (n == 1) {
                    shot(prefix + "-" + n + "-first-step");
                }
                button("Didn't help").click();
            }
            waitFor(By.cssSelector("main h1"));
        }
        assertThat(title()).isEqualTo("Contact Sony support");
        String summary = driver.findElement(By.id("summary")).getAttribute("value");
        assertThat(summary).contains("Headset: Sony WH-1000XM2").contains("Connecting to: iPhone or iPad (iOS)")
                .contains("Put the headset in pairing mode -> Didn't help")
                .contains("Reset the headset to factory settings -> Didn't help");
        shot(prefix + "-" + (n + 1) + "-escalated");
    }

    private static void assertNoCspViolations() {
        List<LogEntry> entries = driver.manage().logs().get(LogType.BROWSER).getAll();
        assertThat(entries).noneMatch(e -> e.getMessage().contains("Content Security Policy"));
    }

    @Test
    void aPhoneUserWalksToSuccess() throws Exception {
        viewport(390, 844, true);
        javascript(true);
        walkToSuccess("phone-success");
        assertNoCspViolations();
    }

    @Test
    void aPhoneUserWalksToEscalation() throws Exception {
        viewport(390, 844, true);
        javascript(true);
        walkToEscalation("phone-escalation");
        assertThat(driver.findElement(By.cssSelector("button[data-copy]")).isDisplayed()).isTrue();
        assertNoCspViolations();
    }

    @Test
    void aDesktopUserWalksToSuccess() throws Exception {
        viewport(1280, 800, false);
        javascript(true);
        walkToSuccess("desktop-success");
        assertNoCspViolations();
    }

    @Test
    void aDesktopUserWithoutJavaScriptWalksToEscalation() throws Exception {
        viewport(1280, 800, false);
        javascript(false);
        try {
            walkToEscalation("desktop-nojs-escalation");
            assertThat(driver.findElement(By.cssSelector("button[data-copy]")).isDisplayed()).isFalse();
        } finally {
            javascript(true);
        }
    }

    @Test
    void aStepSaysWhereThePersonIsNotHowLongTheyTook() throws Exception {
        viewport(390, 844, true);
        javascript(true);
        begin("macos", TestKnowledge.FIRST_TIME);
        assertThat(driver.findElement(By.cssSelector(".progress-line")).getText()).matches("Step 1 of about \\d+ · .+");
        assertThat(driver.findElements(By.cssSelector(".clock, .goal-bar, progress"))).isEmpty();
        assertThat(driver.findElement(By.tagName("main")).getText()).doesNotContain("goal").doesNotContain("1:30");
    }

    @Test
    void theShippedKnowledgeBaseReadsWellOnAPhone() throws Exception {
        var kb = org.pairdoctor.core.knowledge.KnowledgeBase.load(
                org.pairdoctor.core.knowledge.ShippedKnowledge.directory());
        var catalogue = new org.pairdoctor.web.content.KnowledgeCatalogue(kb);
        var sessions = new org.pairdoctor.core.session.SessionService(kb,
                org.pairdoctor.core.engine.Planners.standard(),
                new org.pairdoctor.core.session.InMemorySessionStore(), java.time.Clock.systemUTC());
        WebServer real = new WebServer(catalogue, sessions, java.time.Clock.systemUTC(), List.of(),
                WebServer.Settings.defaults(0)).start();
        try {
            viewport(390, 844, true);
            javascript(true);
            String base = "http://127.0.0.1:" + real.port();
            driver.get(base + "/?host=android-samsung");
            startProblem("headset-not-in-scan-list");
            for (int n = 1; n <= 12 && driver.findElements(By.cssSelector(".escalate-card")).isEmpty(); n++) {
                shot("real-phone-" + n);
                if (!driver.findElements(By.cssSelector(".is-escalation")).isEmpty()) {
                    button("OK, show me the summary").click();
                } else if (!driver.findElements(By.cssSelector(".choice-button")).isEmpty()) {
                    driver.findElements(By.cssSelector(".choice-button")).get(0).click();
                } else if (driver.findElements(By.xpath("//button[normalize-space()=\"Didn't help\"]")).isEmpty()) {
                    button("Skip this step").click();
                } else {
                    button("Didn't help").click();
                }
                waitFor(By.cssSelector("main h1"));
            }
            assertThat(driver.findElements(By.cssSelector(".escalate-card"))).isNotEmpty();
            shot("real-phone-escalated");
            driver.get(base + "/facts");
            shot("real-phone-facts");
            driver.get(base + "/guide/ios");
            shot("real-phone-guide-ios");
            assertNoCspViolations();
        } finally {
            real.stop();
        }
    }

    @Test
    void referencePagesRenderOnAPhone() throws Exception {
        viewport(390, 844, true);
        javascript(true);
        for (String p : List.of("guide/android-samsung", "behaviours", "faq", "facts")) {
            driver.get(server.uri("/" + p).toString());
            assertThat(driver.findElement(By.tagName("h1")).getText()).isNotBlank();
            shot("phone-" + p.replace('/', '-'));
        }
        driver.get(server.uri("/").toString());
        shot("phone-start");
        viewport(1280, 800, false);
        shot("desktop-start");
        assertNoCspViolations();
    }
}
