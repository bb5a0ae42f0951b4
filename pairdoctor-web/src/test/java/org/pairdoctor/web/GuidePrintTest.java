package org.pairdoctor.web;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.pairdoctor.core.engine.Planners;
import org.pairdoctor.core.knowledge.KnowledgeBase;
import org.pairdoctor.core.knowledge.ShippedKnowledge;
import org.pairdoctor.core.session.InMemorySessionStore;
import org.pairdoctor.core.session.SessionService;
import org.pairdoctor.web.content.HostEntry;
import org.pairdoctor.web.content.KnowledgeCatalogue;
import org.pairdoctor.web.pages.GuidePage;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Prints every shipped pairing guide with headless Chromium ({@code Page.printToPDF}) on A4 and US
 * Letter and reads the PDF back: it takes no more pages than the guide promises, and it has the
 * sections in the order of use, the "only if" notes and the erase warning before the reset. Also
 * saves a phone-sized screenshot of a guide to {@code target/screenshots/}.
 */
class GuidePrintTest {
    /** Paper sizes in inches: A4 and US Letter. */
    private static final Map<String, double[]> PAPER = Map.of("A4", new double[] {8.27, 11.69},
            "Letter", new double[] {8.5, 11.0});

    private static WebServer server;
    private static ChromeDriver driver;
    private static KnowledgeCatalogue catalogue;

    @BeforeAll
    static void start() throws Exception {
        driver = HeadlessChromium.start(1280, 800);
        KnowledgeBase kb = KnowledgeBase.load(ShippedKnowledge.directory());
        catalogue = new KnowledgeCatalogue(kb);
        SessionService sessions = new SessionService(kb, Planners.standard(), new InMemorySessionStore(),
                Clock.systemUTC());
        server = new WebServer(catalogue, sessions, Clock.systemUTC(), List.of(), WebServer.Settings.defaults(0))
                .start();
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.stop();
        }
    }

    private static String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    /** The page printed as the browser's print dialog would, with the page's own margins. */
    private static byte[] print(String paper) {
        double[] size = PAPER.get(paper);
        Map<String, Object> r = driver.executeCdpCommand("Page.printToPDF", Map.of("paperWidth", size[0],
                "paperHeight", size[1], "preferCSSPageSize", true, "printBackground", false));
        return Base64.getDecoder().decode((String) r.get("data"));
    }

    @Test
    void everyGuidePrintsOnThePromisedPagesWithSectionsInOrderAndTheEraseWarning() throws Exception {
        List<String> pages = new ArrayList<>();
        for (HostEntry h : catalogue.hosts()) {
            driver.get(url("/guide/" + h.id()));
            assertThat(driver.findElement(By.cssSelector(".guide .kind")).getText())
                    .containsIgnoringCase(GuidePage.printPromise());
            for (String paper : PAPER.keySet()) {
                try (PDDocument pdf = Loader.loadPDF(print(paper))) {
                    pages.add(h.id() + " " + paper + ": " + pdf.getNumberOfPages());
                    assertThat(pdf.getNumberOfPages()).as("%s on %s: %s", h.id(), paper, GuidePage.printPromise())
                            .isBetween(1, GuidePage.PRINTED_PAGES);
                    String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
                    assertThat(text).as("%s on %s", h.id(), paper).containsSubsequence("Pair ", "If it does not appear",
                            "Only if the above failed", "If it still fails", "Last resort",
                            "Only if everything above failed", "Warning: This erases every pairing",
                            "Initialise the headset");
                    assertThat(text).doesNotContain("Stuck?").doesNotContain("All pairing guides");
                    if (h.id().equals("android-samsung") && paper.equals("A4")) {
                        save(pdf, "print-guide-android-samsung-a4");
                    }
                }
            }
        }
        Files.writeString(HeadlessChromium.SHOTS.resolve("guide-pages.txt"), String.join("\n", pages) + "\n");
    }

    /** Each printed page as a PNG, to look at. */
    private static void save(PDDocument pdf, String name) throws Exception {
        PDFRenderer renderer = new PDFRenderer(pdf);
        for (int i = 0; i < pdf.getNumberOfPages(); i++) {
            ImageIO.write(renderer.renderImageWithDPI(i, 70), "png",
                    HeadlessChromium.SHOTS.resolve(name + "-page-" + (i + 1) + ".png").toFile());
        }
    }

    @Test
    void theGuideIndexPromisesWhatTheGuidesPrintOn() {
        driver.get(url("/guide"));
        assertThat(driver.findElement(By.cssSelector(".lead")).getText()).contains(GuidePage.printPromise())
                .doesNotContain("one page");
    }

    @Test
    void aGuideReadsOnAPhone() throws Exception {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 2, "mobile", true));
        try {
            driver.get(url("/guide/android-samsung"));
            assertThat(driver.findElements(By.cssSelector(".guide h2"))).extracting(e -> e.getText())
                    .containsExactly("Pair", "If it does not appear", "If it still fails", "Last resort");
            assertThat(driver.findElement(By.cssSelector(".guide-last-resort .erase-warning")).getText())
                    .startsWith("Warning: This erases every pairing");
            long height = ((Number) driver.executeScript(
                    "return Math.ceil(document.documentElement.scrollHeight)")).longValue();
            Map<String, Object> r = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                    "captureBeyondViewport", true,
                    "clip", Map.of("x", 0, "y", 0, "width", 390, "height", height, "scale", 1)));
            Files.write(HeadlessChromium.SHOTS.resolve("phone-guide-android-samsung-sections.png"),
                    Base64.getDecoder().decode((String) r.get("data")));
            Map<String, Object> first = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png"));
            Files.write(HeadlessChromium.SHOTS.resolve("phone-guide-android-samsung-first-screen.png"),
                    Base64.getDecoder().decode((String) first.get("data")));
            Files.write(HeadlessChromium.SHOTS.resolve("phone-guide-android-samsung-last-resort.png"),
                    driver.findElement(By.cssSelector(".guide-last-resort")).getScreenshotAs(OutputType.BYTES));
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }
}
