package org.pairdoctor.core.statistics;

import java.time.Instant;
import java.util.List;

/**
 * Port: the counted data statistics are made from, as aggregate queries the database answers
 * cheaply (no turns are loaded). Implemented by the store.
 */
public interface OutcomeQueries {
    /** Sessions started in [{@code from}, {@code to}), oldest first. */
    List<SessionSummary> sessions(Instant from, Instant to);

    /** Tries and fixes of every repair step in sessions started in [{@code from}, {@code to}). */
    List<StepCount> steps(Instant from, Instant to);

    /** The same queries restricted to the sessions of one headset (the monthly report of one device). */
    default OutcomeQueries forDevice(String deviceId) {
        OutcomeQueries all = this;
        return new OutcomeQueries() {
            @Override
            public List<SessionSummary> sessions(Instant from, Instant to) {
                return all.sessions(from, to).stream().filter(s -> s.deviceId().equals(deviceId)).toList();
            }

            @Override
            public List<StepCount> steps(Instant from, Instant to) {
                return all.steps(from, to).stream().filter(c -> c.deviceId().equals(deviceId)).toList();
            }
        };
    }
}
