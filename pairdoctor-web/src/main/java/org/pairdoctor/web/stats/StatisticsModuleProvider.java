package org.pairdoctor.web.stats;

import org.pairdoctor.core.knowledge.Device;
import org.pairdoctor.core.knowledge.KnowledgeBase;
import org.pairdoctor.core.session.SessionStore;
import org.pairdoctor.core.statistics.RecordedOutcomes;
import org.pairdoctor.core.statistics.Statistics;
import org.pairdoctor.core.statistics.StatisticsCache;
import org.pairdoctor.web.WebEnvironment;
import org.pairdoctor.web.WebModule;
import org.pairdoctor.web.WebModuleProvider;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Function;

/**
 * Plugs the statistics pages into {@code serve} (listed in META-INF/services): counted from the
 * server's session store, refreshed at most once a minute. When {@code serve} passes a
 * {@link StatisticsCache} among the environment's adapters, the pages share it with the observed
 * figures of the other pages ({@link CachedOutcomeFigures}), so the database is counted once.
 */
public final class StatisticsModuleProvider implements WebModuleProvider {
    /** How stale the statistics page may be: counting is cheap, but not free on every request. */
    static final Duration REFRESH = Duration.ofSeconds(60);

    @Override
    public WebModule create(WebEnvironment env) {
        Function<String, String> families = env.adapter(KnowledgeBase.class).map(StatisticsModuleProvider::families)
                .orElse(Statistics.NO_FAMILIES);
        StatisticsCache cache = env.adapter(StatisticsCache.class)
                .orElseGet(() -> cache(env.store(), env.clock(), families));
        return new StatisticsModule(cache, env.catalogue().devices());
    }

    /** Statistics of a store's sessions, counted again at most once a minute, on a background thread. */
    public static StatisticsCache cache(SessionStore store, Clock clock) {
        return cache(store, clock, Statistics.NO_FAMILIES);
    }

    /** As {@link #cache(SessionStore, Clock)}, with figures per family of headsets ({@link #families}). */
    public static StatisticsCache cache(SessionStore store, Clock clock, Function<String, String> familyOf) {
        return new StatisticsCache(RecordedOutcomes.of(store), clock, REFRESH, StatisticsModuleProvider::inBackground,
                familyOf);
    }

    /** A headset's family from its device file; null for a headset the knowledge base no longer has. */
    public static Function<String, String> families(KnowledgeBase kb) {
        return id -> kb.device(id).map(Device::family).orElse(null);
    }

    /** Where a recount runs: its own short-lived daemon thread (one at a time; the cache sees to that). */
    public static void inBackground(Runnable recount) {
        Thread t = new Thread(recount, "pairdoctor-statistics");
        t.setDaemon(true);
        t.start();
    }
}
