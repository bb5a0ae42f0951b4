package org.pairdoctor.web;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Starts Debian's headless Chromium through its chromedriver for the browser tests. Outside CI a
 * missing browser skips the test with a message; under {@code CI=true} it fails instead.
 */
final class HeadlessChromium {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SHOTS = Path.of("target", "screenshots");

    private HeadlessChromium() {
    }

    /** A driver with the browser's console log captured, at the given window size. */
    static ChromeDriver start(int width, int height) throws Exception {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        if (!"true".equals(System.getenv("CI"))) {
            Assumptions.assumeTrue(present, "skipped: " + CHROMIUM + " or " + DRIVER
                    + " is missing (install chromium and chromium-driver)");
        }
        assertThat(present).as("chromium and chromium-driver must be installed under CI").isTrue();
        Files.createDirectories(SHOTS);
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM.toFile());
        // The background-networking flags keep Chromium from calling out of this offline machine.
        o.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--window-size=" + width + "," + height);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        o.setCapability("goog:loggingPrefs", logs);
        // An explicit service: without it Selenium Manager tries the network first.
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER.toString())).usingAnyFreePort().build();
        return new ChromeDriver(service, o);
    }
}
