package org.pairdoctor.core.learning;

import org.pairdoctor.core.model.NumberWeights;
import org.pairdoctor.core.model.TroubleshootingModel;
import org.pairdoctor.core.session.ModelSource;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One version of learned parameters: per problem, the expected counts learned from stored
 * sessions, which update the knowledge base's numbers with {@code pseudoCount} as the weight of
 * those numbers. Versions are numbered by the {@link ParameterStore} that saves them; 0 means not
 * saved yet. Immutable.
 *
 * <p>A rollback saves a new version equal to an old one ({@link #restoring}), so versions only
 * ever grow: the newest is always the one in use, servers follow it the same way as a new
 * learning, and the list of versions is the history of what everyone was shown.
 *
 * @param sessions     number of sessions learned from
 * @param restoredFrom the version this one restores (0: the knowledge base's own numbers); null when
 *                     it was learned
 */
public record LearnedParameters(long version, Instant learnedAt, int sessions, double pseudoCount,
                                Map<String, ProblemCounts> problems, Long restoredFrom) {
    public LearnedParameters {
        problems = Collections.unmodifiableMap(new TreeMap<>(problems == null ? Map.of() : problems));
    }

    /** Learned parameters (not a rollback). */
    public LearnedParameters(long version, Instant learnedAt, int sessions, double pseudoCount,
                             Map<String, ProblemCounts> problems) {
        this(version, learnedAt, sessions, pseudoCount, problems, null);
    }

    /** Nothing learned: every model stays the knowledge base's. */
    public static LearnedParameters none() {
        return new LearnedParameters(0, Instant.EPOCH, 0, 1, Map.of());
    }

    public LearnedParameters withVersion(long v) {
        return new LearnedParameters(v, learnedAt, sessions, pseudoCount, problems, restoredFrom);
    }

    /**
     * A copy of {@code old} to save as a new version: the same numbers, marked as restoring it
     * ({@code old} may be {@link #none()}, version 0: back to the knowledge base's numbers).
     */
    public static LearnedParameters restoring(LearnedParameters old) {
        return new LearnedParameters(0, old.learnedAt, old.sessions, old.pseudoCount, old.problems, old.version);
    }

    /**
     * The base model (the knowledge base's, for this problem and host) updated by what was learned
     * at the host level (the host's counts, or the pool's), the same for every device.
     */
    public TroubleshootingModel apply(TroubleshootingModel base, String problemId, String hostId) {
        ProblemCounts p = problems.get(problemId);
        if (p == null) {
            return base;
        }
        return p.forHost(hostId).apply(base, pseudoCount);
    }

    /**
     * The base model (the knowledge base's, for this problem, host and device) updated by what was
     * learned, down to the device: its own sessions on its family's numbers, those on the host's
     * (see {@link ProblemCounts#apply}). {@code device} null (or a version without devices): as
     * {@link #apply(TroubleshootingModel, String, String)}.
     */
    public TroubleshootingModel apply(TroubleshootingModel base, String problemId, String hostId,
                                      ModelSource.DeviceFamily device) {
        ProblemCounts p = problems.get(problemId);
        if (p == null) {
            return base;
        }
        return p.apply(base, hostId, device, pseudoCount);
    }

    /** The weights behind these numbers of a problem on a host; empty when nothing was learned about it. */
    public Optional<NumberWeights> weights(String problemId, String hostId) {
        ProblemCounts p = problems.get(problemId);
        if (p == null) {
            return Optional.empty();
        }
        return Optional.of(p.forHost(hostId).weights(version, pseudoCount));
    }

    /** Whether the host has parameters of its own for the problem (else it shares the pooled ones). */
    public boolean hasOwnParameters(String problemId, String hostId) {
        ProblemCounts p = problems.get(problemId);
        return p != null && p.hosts().containsKey(hostId);
    }
}
