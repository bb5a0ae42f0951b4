package org.pairdoctor.bluez;

import java.time.Duration;

/**
 * One line of the connector's timeline.
 *
 * @param name e.g. "scan", "pair"
 * @param took how long it took
 * @param result what happened, in a few words
 * @param waitingForUser true for time spent waiting on the user (not the connector's own time)
 */
public record Phase(String name, Duration took, String result, boolean waitingForUser) {
    public double seconds() {
        return took.toNanos() / 1e9;
    }
}
