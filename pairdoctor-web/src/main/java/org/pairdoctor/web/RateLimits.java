package org.pairdoctor.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

import java.time.Duration;
import java.util.Optional;

/**
 * Requests per client, by kind, with Bucket4j token buckets (one per client and kind, kept while
 * the client is active). A person following a guide makes a few requests a minute; these limits are
 * far above that and far below what one script can send, so no single client can flood the store or
 * the learning data. Thread-safe.
 *
 * @param sessionStartsPerHour new sessions per client per hour (web form and API together)
 * @param writesPerMinute      other posts (answers, confirmations, forms) per client per minute
 * @param readsPerMinute       API reads per client per minute
 */
public record RateLimits(int sessionStartsPerHour, int writesPerMinute, int readsPerMinute, Buckets buckets) {
    /** What a request is, for its limit. */
    public enum Kind { SESSION_START, WRITE, READ }

    public RateLimits(int sessionStartsPerHour, int writesPerMinute, int readsPerMinute) {
        this(sessionStartsPerHour, writesPerMinute, readsPerMinute, new Buckets());
    }

    /** 60 new sessions an hour, 120 answers a minute, 600 API reads a minute per client. */
    public static RateLimits defaults() {
        return new RateLimits(60, 120, 600);
    }

    /** No limits (load benchmarks from one address). */
    public static RateLimits off() {
        return new RateLimits(0, 0, 0);
    }

    public boolean enabled() {
        return sessionStartsPerHour > 0 || writesPerMinute > 0 || readsPerMinute > 0;
    }

    /**
     * Takes one request of {@code kind} for {@code client}.
     *
     * @return empty when allowed; otherwise how long the client should wait
     */
    public Optional<Duration> take(String client, Kind kind) {
        Bandwidth limit = limit(kind);
        if (limit == null) {
            return Optional.empty();
        }
        Bucket bucket = buckets.cache.get(kind + " " + client, k -> Bucket.builder().addLimit(limit).build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty()
                : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    private Bandwidth limit(Kind kind) {
        return switch (kind) {
            case SESSION_START -> sessionStartsPerHour <= 0 ? null : Bandwidth.builder().capacity(sessionStartsPerHour)
                    .refillGreedy(sessionStartsPerHour, Duration.ofHours(1)).build();
            case WRITE -> writesPerMinute <= 0 ? null : Bandwidth.builder().capacity(writesPerMinute)
                    .refillGreedy(writesPerMinute, Duration.ofMinutes(1)).build();
            case READ -> readsPerMinute <= 0 ? null : Bandwidth.builder().capacity(readsPerMinute)
                    .refillGreedy(readsPerMinute, Duration.ofMinutes(1)).build();
        };
    }

    /** The buckets of clients seen in the last hour (at most 100,000 clients at once). */
    public static final class Buckets {
        private final Cache<String, Bucket> cache = Caffeine.newBuilder().maximumSize(100_000)
                .expireAfterAccess(Duration.ofHours(1)).build();
    }
}
