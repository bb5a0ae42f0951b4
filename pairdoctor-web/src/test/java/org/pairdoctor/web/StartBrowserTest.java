package org.pairdoctor.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.pairdoctor.web.content.DeviceEntry;

import java.nio.file.Files;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The start as a person on a phone lives it, in headless Chromium with an iPhone's User-Agent at
 * 390×844: taps counted from {@code /} to the first instruction, the problems offered, the picture
 * on the step, and the escalated finish page's routes to help. Saves phone screenshots
 * ({@code target/screenshots/start-*.png}) for the README.
 */
class StartBrowserTest {
    static final String IPHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 "
            + "(KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1";

    private static RunningServer server;
    private static RunningServer several;
    private static ChromeDriver driver;
    private static int taps;

    @BeforeAll
    static void start() throws Exception {
        driver = HeadlessChromium.start(390, 844);
        server = new RunningServer();
        several = new RunningServer(new TestKnowledge(List.of(
                new DeviceEntry("sony-wh-1000xm4", "Sony WH-1000XM4", "over-ear"),
                new DeviceEntry(TestKnowledge.DEVICE, "Sony WH-1000XM2", "over-ear"),
                new DeviceEntry("sony-wf-1000xm4", "Sony WF-1000XM4", "earbuds"),
                new DeviceEntry("generic-headset", "Another Bluetooth headset", "other"))));
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 2, "mobile", true));
        driver.executeCdpCommand("Emulation.setUserAgentOverride", Map.of("userAgent", IPHONE));
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
        if (several != null) {
            several.close();
        }
    }

    private static void tap(WebElement e) {
        taps++;
        e.click();
    }

    private static void waitFor(By by) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.findElements(by).isEmpty());
    }

    /** The phone's screen as the person sees it (not the whole page): 390×844 CSS pixels. */
    private static void screen(String name) throws Exception {
        Map<String, Object> r = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png"));
        Files.write(HeadlessChromium.SHOTS.resolve(name + ".png"), Base64.getDecoder().decode((String) r.get("data")));
    }

    private static String main() {
        return driver.findElement(By.tagName("main")).getText();
    }

    @Test
    void anIphoneUserReachesTheFirstInstructionInOneTapAndIsNotOfferedLinuxProblems() throws Exception {
        driver.manage().deleteAllCookies();
        taps = 0;
        driver.get(server.uri("/").toString());
        assertThat(main()).contains("iPhone or iPad (iOS)").contains("guessed from your browser");
        screen("start-iphone");
        assertThat(driver.findElements(By.cssSelector("button[name=problem]"))).extracting(b -> b.getAttribute("value"))
                .contains(TestKnowledge.PROBLEM).doesNotContain(TestKnowledge.LINUX_ONLY);
        tap(driver.findElement(By.cssSelector("button[name=problem][value=" + TestKnowledge.PROBLEM + "]")));
        waitFor(By.cssSelector("section.step"));
        assertThat(taps).isLessThanOrEqualTo(2);
        assertThat(driver.findElement(By.cssSelector("section.step h1")).getText())
                .isEqualTo("Put the headset in pairing mode");
        assertThat(driver.findElement(By.cssSelector(".crumb")).getText()).contains("iPhone or iPad (iOS)");
    }

    @Test
    void withSeveralHeadsetsThePickerIsSearchableGroupedByFormAndRemembered() throws Exception {
        driver.manage().deleteAllCookies();
        taps = 0;
        driver.get(several.uri("/").toString());
        assertThat(driver.findElements(By.cssSelector(".picker h3"))).extracting(h -> h.getAttribute("textContent"))
                .containsExactly("Over-ear headphones", "Earbuds with a charging case", "Other headsets");
        screen("start-picker");
        WebElement q = driver.findElement(By.id("q"));
        q.sendKeys("wf");
        q.submit();
        waitFor(By.cssSelector(".pick-list"));
        assertThat(driver.findElements(By.cssSelector(".pick-list a"))).extracting(WebElement::getText)
                .containsExactly("Sony WF-1000XM4");
        driver.get(several.uri("/").toString());
        tap(driver.findElement(By.xpath("//a[normalize-space()='Sony WH-1000XM2']")));
        waitFor(By.cssSelector("button[name=problem]"));
        tap(driver.findElement(By.cssSelector("button[name=problem][value=" + TestKnowledge.FIRST_TIME + "]")));
        waitFor(By.cssSelector("section.step"));
        assertThat(taps).as("first visit: the headset, then the problem").isEqualTo(2);

        driver.get(several.uri("/").toString());
        assertThat(main()).as("remembered").contains("Sony WH-1000XM2").doesNotContain("Which headphones?");
        assertThat(driver.findElement(By.cssSelector("input[name=device]")).getAttribute("value"))
                .isEqualTo(TestKnowledge.DEVICE);
    }

    @Test
    void theStepShowsTheHeadsetWithTheHeldButtonHighlighted() throws Exception {
        driver.get(server.uri("/?host=ios").toString());
        driver.findElement(By.cssSelector("button[name=problem][value=" + TestKnowledge.PROBLEM + "]")).click();
        waitFor(By.cssSelector("svg[role=img]"));
        WebElement svg = driver.findElement(By.cssSelector(".pd-picture svg[role=img]"));
        String label = driver.findElement(By.id(svg.getAttribute("aria-labelledby"))).getAttribute("textContent");
        assertThat(label).isEqualTo(
                "Hold POWER on the left earcup for 7 seconds; the light flashes blue twice, repeatedly.");
        WebElement light = svg.findElement(By.cssSelector("g.pd-light"));
        assertThat(light.getCssValue("animation-name")).isEqualTo("pd-flash-2-repeat");
        assertThat(light.findElement(By.cssSelector(".pd-led")).getAttribute("fill")).isEqualTo("#1f6fff");
        assertThat(driver.findElement(By.cssSelector(".pd-motion")).isDisplayed()).isFalse();
        assertThat(svg.findElements(By.cssSelector("g.pd-held"))).extracting(g -> g.getAttribute("data-control"))
                .containsExactly("power");
        assertThat(driver.findElement(By.cssSelector("g.pd-held .pd-knob")).getCssValue("fill"))
                .isNotEqualTo(driver.findElement(By.cssSelector("g.pd-control:not(.pd-held) .pd-knob")).getCssValue("fill"));
        assertThat(driver.findElement(By.cssSelector(".progress-line")).getText()).startsWith("Step 1 of about");
        driver.executeScript("document.querySelector('.pd-picture').scrollIntoView({block: 'center'})");
        screen("start-step-picture");

        driver.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-reduced-motion", "value", "reduce"))));
        try {
            assertThat(driver.findElement(By.cssSelector(".pd-ring")).getCssValue("animation-name")).isEqualTo("none");
            assertThat(driver.findElement(By.cssSelector("g.pd-light")).getCssValue("animation-name")).isEqualTo("none");
            assertThat(driver.findElement(By.cssSelector(".pd-motion")).getText())
                    .isEqualTo("The light flashes blue twice, repeatedly.");
        } finally {
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
        }
        assertThat(driver.findElement(By.cssSelector(".pd-ring")).getCssValue("animation-name")).isEqualTo("pd-press");
    }

    @Test
    void theEscalatedFinishPageHasTappableContactsAndStartAgain() throws Exception {
        driver.get(server.uri("/?host=ios").toString());
        driver.findElement(By.cssSelector("button[name=problem][value=" + TestKnowledge.PROBLEM + "]")).click();
        waitFor(By.cssSelector("section.step"));
        for (int guard = 0; guard < 12 && driver.findElements(By.cssSelector(".escalate-card")).isEmpty(); guard++) {
            List<WebElement> buttons = driver.findElements(By.cssSelector(".answers button"));
            WebElement next = buttons.stream().filter(b -> List.of("did-not-help", "confirmed", "accepted")
                    .contains(b.getAttribute("value"))).findFirst()
                    .orElseGet(() -> driver.findElement(By.cssSelector(".choice-button")));
            next.click();
            waitFor(By.cssSelector("main h1"));
        }
        assertThat(driver.findElements(By.cssSelector(".escalate-card"))).isNotEmpty();
        List<String> links = driver.findElements(By.cssSelector(".escalate-card .help-links a")).stream()
                .map(a -> a.getAttribute("href")).toList();
        assertThat(links).contains("https://www.sony.com/electronics/support", TestKnowledge.HELP_GUIDE,
                "tel:+442079460000");
        assertThat(main()).contains("Start again").contains("repair or a warranty claim")
                .doesNotContain("Which step fixed it?").doesNotContainPattern("\\d{4}-\\d\\d-\\d\\dT\\d");
        assertThat(driver.findElement(By.linkText("Start again")).getAttribute("href")).endsWith("/");
        screen("start-finish-escalated");
    }

    /**
     * The README's phone screenshots, from the shipped knowledge: the start, a step with its picture
     * (first pairing on an iPhone), a charging step with its countdown and the fixed finish (a flat
     * battery behind "the connection drops"), and the escalated finish ("not in the scan list", nothing
     * helps). Saved as {@code target/screenshots/readme-*.png}.
     */
    @Test
    void theReadmeScreenshotsFromTheShippedKnowledge() throws Exception {
        var kb = org.pairdoctor.core.knowledge.KnowledgeBase.load(
                org.pairdoctor.core.knowledge.ShippedKnowledge.directory());
        var sessions = new org.pairdoctor.core.session.SessionService(kb,
                org.pairdoctor.core.engine.Planners.standard(),
                new org.pairdoctor.core.session.InMemorySessionStore(), java.time.Clock.systemUTC());
        WebServer real = new WebServer(new org.pairdoctor.web.content.KnowledgeCatalogue(kb), sessions,
                java.time.Clock.systemUTC(), List.of(), WebServer.Settings.defaults(0)).start();
        String base = "http://127.0.0.1:" + real.port();
        try {
            driver.manage().deleteAllCookies();
            driver.get(base + "/?device=sony-wh-1000xm2");
            driver.get(base + "/");
            assertThat(main()).contains("iPhone or iPad");
            screen("readme-start");

            problem("first-time-pairing").click();
            for (int guard = 0; guard < 8 && driver.findElements(By.cssSelector(".pd-picture")).isEmpty(); guard++) {
                driver.findElement(By.cssSelector(".answers button[value=did-not-help], .answers .choice-button"))
                        .click();
                waitFor(By.cssSelector("main h1"));
            }
            WebElement figure = driver.findElement(By.cssSelector(".pd-picture"));
            assertThat(figure.findElement(By.cssSelector("svg")).getAttribute("aria-labelledby")).isNotBlank();
            driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", figure);
            // Without motion the light stays lit in the shot and its pattern is written under it.
            driver.executeCdpCommand("Emulation.setEmulatedMedia",
                    Map.of("features", List.of(Map.of("name", "prefers-reduced-motion", "value", "reduce"))));
            screen("readme-step-picture");
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));

            driver.get(base + "/");
            problem("drops-every-few-minutes").click();
            waitFor(By.cssSelector("section.step"));
            for (int guard = 0; guard < 10 && !title().startsWith("Charge"); guard++) {
                if (!driver.findElements(By.cssSelector(".choice-button")).isEmpty()) {
                    String answer = title().contains("Battery level low") ? "Yes" : null;
                    driver.findElements(By.cssSelector(".choice-button")).stream()
                            .filter(b -> answer == null || b.getText().trim().equals(answer)).findFirst()
                            .orElseThrow().click();
                } else {
                    driver.findElement(By.cssSelector(".answers button[value=did-not-help]")).click();
                }
                waitFor(By.cssSelector("main h1"));
            }
            assertThat(title()).startsWith("Charge");
            WebElement wait = driver.findElement(By.cssSelector(".wait[data-wait]"));
            driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", wait);
            screen("readme-step-charging");
            driver.findElement(By.cssSelector(".answers button[value=worked]")).click();
            waitFor(By.cssSelector(".good-card"));
            screen("readme-finish-fixed");

            driver.get(base + "/");
            problem("headset-not-in-scan-list").click();
            waitFor(By.cssSelector("section.step"));
            for (int guard = 0; guard < 16 && driver.findElements(By.cssSelector(".escalate-card")).isEmpty(); guard++) {
                List<WebElement> next = driver.findElements(By.cssSelector(
                        ".answers button[value=did-not-help], .answers button[value=confirmed], "
                                + ".answers button[value=accepted], .answers .choice-button"));
                next.get(0).click();
                waitFor(By.cssSelector("main h1"));
            }
            assertThat(driver.findElements(By.cssSelector(".escalate-card .help-links a"))).isNotEmpty();
            screen("readme-finish-escalated");
        } finally {
            real.stop();
        }
    }

    /** A problem's button, opening "Something else" when it is listed there. */
    private static WebElement problem(String id) {
        WebElement b = driver.findElement(By.cssSelector("button[name=problem][value=" + id + "]"));
        if (!b.isDisplayed()) {
            driver.findElement(By.cssSelector(".more-problems summary")).click();
        }
        return b;
    }

    private static String title() {
        return driver.findElement(By.cssSelector("main h1")).getText();
    }
}
