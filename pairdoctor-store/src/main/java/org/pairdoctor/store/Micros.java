package org.pairdoctor.store;

import java.time.Instant;

/** Instants as microseconds since the epoch, the unit of every time column. */
final class Micros {
    private Micros() {
    }

    static long of(Instant t) {
        return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000L), t.getNano() / 1_000);
    }

    /** Like {@link #of} but far past and far future (Instant.MIN, Instant.MAX) become the long's ends. */
    static long clamped(Instant t) {
        if (t.isBefore(Instant.EPOCH.minusSeconds(1L << 40))) {
            return Long.MIN_VALUE;
        }
        if (t.isAfter(Instant.EPOCH.plusSeconds(1L << 40))) {
            return Long.MAX_VALUE;
        }
        return of(t);
    }

    static Long ofNullable(Instant t) {
        return t == null ? null : of(t);
    }

    static Instant toInstant(long us) {
        return Instant.ofEpochSecond(Math.floorDiv(us, 1_000_000L), Math.floorMod(us, 1_000_000L) * 1_000L);
    }
}
