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
}
