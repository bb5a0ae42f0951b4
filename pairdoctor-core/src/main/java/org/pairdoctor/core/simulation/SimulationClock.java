package org.pairdoctor.core.simulation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that moves only when told to, so simulated sessions take simulated time. Thread-safe. */
public final class SimulationClock extends Clock {
    private volatile Instant now;

    public SimulationClock(Instant start) {
        this.now = start;
    }

    /** Moves the clock forward. */
    public synchronized void advance(Duration d) {
        now = now.plus(d);
    }

    /** Moves the clock forward by fractional seconds (millisecond precision). */
    public void advanceSeconds(double seconds) {
        advance(Duration.ofMillis(Math.round(seconds * 1000)));
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this; // simulated time is always UTC
    }

    @Override
    public Instant instant() {
        return now;
    }
}
