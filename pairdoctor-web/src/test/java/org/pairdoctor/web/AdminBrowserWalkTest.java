package org.pairdoctor.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.pairdoctor.web.admin.AdminSettings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In headless Chromium: a user leaves a report on the finish page, an admin logs in and approves
 * it, and the next user sees it published. Screenshots go to {@code target/screenshots/admin-*}.
 * Skips outside CI when Chromium is missing; fails under {@code CI=true}.
 */
class AdminBrowserWalkTest {
    private static final Path SHOTS = HeadlessChromium.SHOTS;

    private static Path dir;
    private static AdminFixture app;
    private static ChromeDriver driver;

    @BeforeAll
    static void start() throws Exception {
        driver = HeadlessChromium.start(1280, 900);
        dir = Files.createTempDirectory("pairdoctor-admin-walk");
        app = new AdminFixture(dir, AdminSettings.of(AdminFixture.HASH));
    }

    @AfterAll
    static void stop() throws Exception {
        if (driver != null) {
            driver.quit();
        }
        if (app != null) {
            app.close();
        }
    }

    private static void shot(String name) throws Exception {
        long height = ((Number) driver.executeScript(
                "return Math.ceil(document.documentElement.scrollHeight)")).longValue();
        Map<String, Object> r = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", 1280, "height", height, "scale", 1)));
        Files.write(SHOTS.resolve(name + ".png"), Base64.getDecoder().decode((String) r.get("data")));
    }

    private static void waitFor(By by) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.findElements(by).isEmpty());
    }

    private static String main() {
        return driver.findElement(By.tagName("main")).getText();
    }

    @Test
    void aReportIsLeftApprovedByTheAdminAndThenPublished() throws Exception {
        String text = "Holding POWER for 7 seconds did it <b>first time</b>";
        String first = app.fixedSession();
        driver.get(app.server.uri("/s/" + first).toString());
        waitFor(By.cssSelector("form.feedback-form"));
        assertThat(driver.findElement(By.cssSelector("input[name=worked][value=enter-pairing-mode]")).isSelected())
                .isTrue();
        driver.findElement(By.id("comment")).sendKeys(text);
        shot("admin-1-report");
        driver.findElement(By.cssSelector("form.feedback-form button[type=submit]")).click();
        waitFor(By.cssSelector(".feedback-sent"));
        assertThat(main()).contains("Your report was received").doesNotContain("first time");
        shot("admin-2-thanks");

        driver.get(app.server.uri("/admin").toString());
        waitFor(By.id("password"));
        driver.findElement(By.id("password")).sendKeys("not the password");
        driver.findElement(By.cssSelector("form.admin-login button[type=submit]")).click();
        waitFor(By.cssSelector(".alert"));
        assertThat(main()).contains("That password is not right.");
        driver.findElement(By.id("password")).sendKeys(AdminFixture.PASSWORD);
        driver.findElement(By.cssSelector("form.admin-login button[type=submit]")).click();
        waitFor(By.cssSelector(".pending-comment"));
        assertThat(main()).contains("Comments waiting for review").contains(text);
        shot("admin-3-moderation");
        driver.findElement(By.cssSelector(".pending-comment button.approve")).click();
        waitFor(By.cssSelector(".empty-queue"));
        assertThat(main()).contains("Approved");
        shot("admin-4-approved");

        driver.findElement(By.linkText("Learning")).click();
        waitFor(By.cssSelector("button.apply"));
        assertThat(main()).contains("learned from 1 sessions");
        shot("admin-5-learning");

        String second = app.fixedSession();
        driver.get(app.server.uri("/s/" + second).toString());
        waitFor(By.cssSelector("ul.comments"));
        assertThat(driver.findElement(By.cssSelector("ul.comments")).getText()).contains(text)
                .contains("What worked: Put the headset in pairing mode");
        shot("admin-6-published");
    }
}
