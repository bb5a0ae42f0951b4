package org.pairdoctor.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Requests per client, by kind, with Bucket4j token buckets (one per client and kind, kept while
 * the client is active). A person following a guide makes a few requests a minute; these limits are
 * far above that and far below what one script can send, so no single client can flood the store or
 * the learning data. Thread-safe; each server holds its own buckets.
 */
public final class RateLimits {
    /** What a request is, for its limit. */
    public enum Kind { SESSION_START, WRITE, READ }

    /** The limit per kind; absent where that kind is not limited. */
    private final Map<Kind, Bandwidth> limits = new EnumMap<>(Kind.class);
    /** The buckets of clients seen in the last hour (at most 100,000 clients at once). */
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder().maximumSize(100_000)
            .expireAfterAccess(Duration.ofHours(1)).build();

    /**
     * @param sessionStartsPerHour new sessions per client per hour (web form and API together); 0 = no limit
     * @param writesPerMinute      other posts (answers, confirmations, forms) per client per minute; 0 = no limit
     * @param readsPerMinute       reads per client per minute; 0 = no limit
     */
    public RateLimits(int sessionStartsPerHour, int writesPerMinute, int readsPerMinute) {
        limit(Kind.SESSION_START, sessionStartsPerHour, Duration.ofHours(1));
        limit(Kind.WRITE, writesPerMinute, Duration.ofMinutes(1));
        limit(Kind.READ, readsPerMinute, Duration.ofMinutes(1));
    }

    private void limit(Kind kind, int count, Duration period) {
        if (count > 0) {
            limits.put(kind, Bandwidth.builder().capacity(count).refillGreedy(count, period).build());
        }
    }

    /** 60 new sessions an hour, 120 answers a minute, 600 reads a minute per client. */
    public static RateLimits defaults() {
        return new RateLimits(60, 120, 600);
    }

    /** No limits (load benchmarks from one address). */
    public static RateLimits off() {
        return new RateLimits(0, 0, 0);
    }

    /**
     * Takes one request of {@code kind} for {@code client}.
     *
     * @return empty when allowed; otherwise how long the client should wait
     */
    public Optional<Duration> take(String client, Kind kind) {
        Bandwidth limit = limits.get(kind);
        if (limit == null) {
            return Optional.empty();
        }
        Bucket bucket = buckets.get(kind + " " + client, k -> Bucket.builder().addLimit(limit).build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty()
                : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }
}
