package org.pairdoctor.web.admin;

import org.pairdoctor.core.statistics.FeedbackStore;
import org.pairdoctor.core.statistics.RecordedOutcomes;
import org.pairdoctor.web.WebEnvironment;
import org.pairdoctor.web.WebModule;
import org.pairdoctor.web.WebModuleProvider;

/**
 * Plugs feedback and admin pages into {@code serve} when the server was given a
 * {@link FeedbackStore} adapter (the store's {@code JdbcFeedbackStore}); the admin password comes
 * from {@link AdminPassword#ENV}.
 */
public final class AdminModuleProvider implements WebModuleProvider {
    @Override
    public WebModule create(WebEnvironment env) {
        return env.adapter(FeedbackStore.class)
                .<WebModule>map(f -> new AdminModule(f, RecordedOutcomes.of(env.store()), AdminPassword.fromEnvironment().orElse(null), env.clock()))
                .orElse(cfg -> { });
    }
}
