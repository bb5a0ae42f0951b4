package org.pairdoctor.core.feedback;

import org.pairdoctor.core.ManualClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RateLimiterTest {

    private final ManualClock clock = new ManualClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final RateLimiter limiter = new RateLimiter(5, Duration.ofMinutes(10), clock);

    @Test
    void aClientGetsItsBurstThenIsRefused() {
        for (int i = 0; i < 5; i++) {
            assertThat(limiter.tryAcquire("10.0.0.1")).as("submission %d", i + 1).isTrue();
        }
        assertThat(limiter.tryAcquire("10.0.0.1")).isFalse();
        assertThat(limiter.retryAfter("10.0.0.1")).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void clientsHaveTheirOwnBuckets() {
        for (int i = 0; i < 5; i++) {
            limiter.tryAcquire("10.0.0.1");
        }
        assertThat(limiter.tryAcquire("10.0.0.1")).isFalse();
        assertThat(limiter.tryAcquire("10.0.0.2")).isTrue();
    }

    @Test
    void tokensComeBackEvenlyOverThePeriod() {
        for (int i = 0; i < 5; i++) {
            limiter.tryAcquire("k");
        }
        clock.advance(Duration.ofSeconds(119));
        assertThat(limiter.tryAcquire("k")).isFalse();
        clock.advance(Duration.ofSeconds(1));
        assertThat(limiter.tryAcquire("k")).isTrue();
        assertThat(limiter.tryAcquire("k")).isFalse();
        clock.advance(Duration.ofHours(5));
        int granted = 0;
        while (limiter.tryAcquire("k")) {
            granted++;
        }
        assertThat(granted).as("a long wait refills no more than the capacity").isEqualTo(5);
    }

    @Test
    void refusedAttemptsDoNotDelayTheNextToken() {
        for (int i = 0; i < 5; i++) {
            limiter.tryAcquire("k");
        }
        for (int i = 0; i < 50; i++) {
            assertThat(limiter.tryAcquire("k")).isFalse();
        }
        clock.advance(Duration.ofMinutes(2));
        assertThat(limiter.tryAcquire("k")).isTrue();
    }

    @Test
    void nonsenseSettingsAreRefused() {
        assertThatThrownBy(() -> new RateLimiter(0, Duration.ofMinutes(1), clock)).hasMessageContaining("capacity");
        assertThatThrownBy(() -> new RateLimiter(1, Duration.ZERO, clock)).hasMessageContaining("period");
    }
}
