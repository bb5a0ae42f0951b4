package org.pairdoctor.web.admin;

import org.pairdoctor.core.feedback.CommentStore;
import org.pairdoctor.core.knowledge.KnowledgeBase;
import org.pairdoctor.core.learning.LearningRun;
import org.pairdoctor.core.learning.LearningSettings;
import org.pairdoctor.core.learning.ParameterStore;
import org.pairdoctor.web.WebEnvironment;
import org.pairdoctor.web.WebModule;
import org.pairdoctor.web.WebModuleProvider;

import java.util.Optional;

/**
 * Plugs reports from users ({@link FeedbackModule}) and the admin pages ({@link AdminModule}) into
 * {@code serve}. Uses the {@link CommentStore}, {@link ParameterStore} and {@link KnowledgeBase}
 * among the environment's adapters when present; the admin password comes from
 * {@value AdminSettings#PASSWORD_HASH_ENV}.
 */
public final class AdminModuleProvider implements WebModuleProvider {
    @Override
    public WebModule create(WebEnvironment env) {
        AdminSettings settings = AdminSettings.fromEnvironment(System.getenv());
        CommentStore comments = env.adapter(CommentStore.class).orElse(null);
        Optional<LearningRun> learning = env.adapter(ParameterStore.class).flatMap(params ->
                env.adapter(KnowledgeBase.class).map(kb ->
                        new LearningRun(LearningSettings.defaults(), kb, env.store(), params, env.clock())));
        AdminModule admin = new AdminModule(settings, comments, env.store(), learning,
                AdminModule.defaultLoginLimiter(env.clock()), env.clock());
        FeedbackModule feedback = comments == null ? null : new FeedbackModule(env.catalogue(), env.sessions(),
                comments, FeedbackModule.defaultLimiter(env.clock()), env.clock());
        return cfg -> {
            admin.register(cfg);
            if (feedback != null) {
                feedback.register(cfg);
            }
        };
    }
}
