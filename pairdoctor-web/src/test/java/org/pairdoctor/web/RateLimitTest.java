package org.pairdoctor.web;

import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** One client cannot create sessions without end; another client is not affected. */
class RateLimitTest {
    private static final String START =
            "{\"device\":\"sony-wh-1000xm2\",\"host\":\"android-samsung\",\"problem\":\"headset-not-in-scan-list\"}";

    private static HttpResponse<String> start(RunningServer s, String forwardedFor) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(s.uri("/api/sessions")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(START));
        if (forwardedFor != null) {
            b.header("X-Forwarded-For", forwardedFor);
        }
        return s.http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aClientOverItsSessionLimitGets429WithRetryAfterAndOthersCarryOn() throws Exception {
        WebServer.Settings settings = WebServer.Settings.defaults(0).withRateLimits(new RateLimits(3, 100, 100))
                .withTrustForwarded(true);
        try (RunningServer s = new RunningServer(settings)) {
            for (int i = 0; i < 3; i++) {
                assertThat(start(s, "203.0.113.7").statusCode()).isEqualTo(201);
            }
            HttpResponse<String> refused = start(s, "203.0.113.7");
            assertThat(refused.statusCode()).isEqualTo(429);
            assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(v ->
                    assertThat(Long.parseLong(v)).isBetween(1L, 3600L));
            assertThat(refused.body()).contains("\"status\":429", "Too many requests");
            assertThat(start(s, "198.51.100.20").statusCode()).as("another client").isEqualTo(201);
        }
    }

    @Test
    void forwardedHeadersAreIgnoredUnlessTrusted() throws Exception {
        WebServer.Settings settings = WebServer.Settings.defaults(0).withRateLimits(new RateLimits(2, 100, 100));
        try (RunningServer s = new RunningServer(settings)) {
            assertThat(start(s, "203.0.113.1").statusCode()).isEqualTo(201);
            assertThat(start(s, "203.0.113.2").statusCode()).isEqualTo(201);
            // Claiming a third address does not help: the server counts the real one.
            assertThat(start(s, "203.0.113.3").statusCode()).isEqualTo(429);
        }
    }

    @Test
    void limitsCanBeSwitchedOffForLoadBenchmarks() throws Exception {
        try (RunningServer s = new RunningServer(WebServer.Settings.defaults(0).withRateLimits(RateLimits.off()))) {
            for (int i = 0; i < 70; i++) {
                assertThat(start(s, null).statusCode()).isEqualTo(201);
            }
        }
    }
}
