package org.pairdoctor.web.stats;

import org.pairdoctor.core.statistics.Statistics;
import org.pairdoctor.core.statistics.StatisticsCache;
import org.pairdoctor.web.content.Observed;
import org.pairdoctor.web.content.OutcomeFigures;

import java.util.Optional;

/**
 * Observed figures from a {@link StatisticsCache}: pages read the cached counts, and the database
 * is asked again only when the cache is due, so the figures stay fresh without a restart and cost
 * a map lookup per request.
 */
public final class CachedOutcomeFigures implements OutcomeFigures {
    private final StatisticsCache cache;

    public CachedOutcomeFigures(StatisticsCache cache) {
        this.cache = cache;
    }

    @Override
    public Optional<Observed> step(String problemId, String hostId, String stepId) {
        return cache.figures().fixedOn(problemId, hostId, stepId).map(f -> new Observed(f.fixed(),
                Statistics.ALL_HOSTS.equals(f.hostId()) ? null : f.hostId()));
    }

    @Override
    public Optional<Observed> problem(String problemId) {
        return cache.figures().resolved(problemId).map(p -> new Observed(p, null));
    }
}
