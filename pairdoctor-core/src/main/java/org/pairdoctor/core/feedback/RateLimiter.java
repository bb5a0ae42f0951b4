package org.pairdoctor.core.feedback;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per client key (for example a remote address): each key may do {@code capacity}
 * things at once, and gets them back evenly over {@code period} (5 per 10 minutes: one every two
 * minutes). Time comes from the injected {@link Clock}, so tests step it. Thread-safe; buckets that
 * have refilled completely are dropped when the map grows, so memory stays bounded by the keys
 * active within one period.
 */
public final class RateLimiter {
    private static final int PRUNE_AT = 10_000;

    private final int capacity;
    private final Duration period;
    private final Clock clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    private record Bucket(double tokens, Instant at) {
    }

    /**
     * @param capacity how many actions a key may take in a burst (at least 1)
     * @param period how long a key takes to earn back the whole capacity
     */
    public RateLimiter(int capacity, Duration period, Clock clock) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, not " + capacity);
        }
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("period must be positive, not " + period);
        }
        this.capacity = capacity;
        this.period = period;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public int capacity() {
        return capacity;
    }

    public Duration period() {
        return period;
    }

    /** Takes one token for {@code key}; false (and nothing taken) when the key has none left. */
    public boolean tryAcquire(String key) {
        Instant now = clock.instant();
        boolean[] granted = new boolean[1];
        buckets.compute(key, (k, b) -> {
            double tokens = refilled(b, now);
            granted[0] = tokens >= 1;
            return new Bucket(granted[0] ? tokens - 1 : tokens, now);
        });
        if (buckets.size() > PRUNE_AT) {
            buckets.entrySet().removeIf(e -> refilled(e.getValue(), now) >= capacity);
        }
        return granted[0];
    }

    /** How long until {@code key} has a token again; zero when it has one now. */
    public Duration retryAfter(String key) {
        Bucket b = buckets.get(key);
        Instant now = clock.instant();
        double missing = 1 - refilled(b, now);
        if (missing <= 0) {
            return Duration.ZERO;
        }
        return Duration.ofNanos((long) Math.ceil(missing * period.toNanos() / capacity));
    }

    private double refilled(Bucket b, Instant now) {
        if (b == null) {
            return capacity;
        }
        long elapsed = Math.max(0, Duration.between(b.at(), now).toNanos());
        return Math.min(capacity, b.tokens() + (double) elapsed * capacity / period.toNanos());
    }
}
