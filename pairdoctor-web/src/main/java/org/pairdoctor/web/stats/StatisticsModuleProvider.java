package org.pairdoctor.web.stats;

import org.pairdoctor.core.statistics.RecordedOutcomes;
import org.pairdoctor.core.statistics.StatisticsCache;
import org.pairdoctor.web.WebEnvironment;
import org.pairdoctor.web.WebModule;
import org.pairdoctor.web.WebModuleProvider;

import java.time.Duration;

/**
 * Plugs the statistics pages into {@code serve} (listed in META-INF/services): counted from the
 * server's session store, refreshed at most once a minute.
 */
public final class StatisticsModuleProvider implements WebModuleProvider {
    /** How stale the statistics page may be: counting is cheap, but not free on every request. */
    static final Duration REFRESH = Duration.ofSeconds(60);

    @Override
    public WebModule create(WebEnvironment env) {
        return new StatisticsModule(new StatisticsCache(RecordedOutcomes.of(env.store()), env.clock(), REFRESH));
    }
}
