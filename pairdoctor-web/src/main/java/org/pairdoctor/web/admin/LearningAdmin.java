package org.pairdoctor.web.admin;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.pairdoctor.core.PairdoctorException;
import org.pairdoctor.core.learning.LearnedParameters;
import org.pairdoctor.core.learning.LearningRun;
import org.pairdoctor.core.learning.ParameterChange;
import org.pairdoctor.core.learning.ParameterVersions;
import org.pairdoctor.web.Csrf;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /admin/learning}: a dry run of learning with a button to apply it, and the saved versions
 * with a rollback for each, as {@code learn --list} and {@code learn --rollback VERSION} do. A
 * rollback changes what every new session sees on every server, so it takes two steps: the button
 * shows what will happen and asks for confirmation; only the confirming post (CSRF-checked, as every
 * form post) saves it.
 */
final class LearningAdmin {
    private static final int TOP = 30;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final String VERSION = "\\d{1,18}";

    private final Optional<LearningRun> learning;

    LearningAdmin(Optional<LearningRun> learning) {
        this.learning = learning;
    }

    void page(Context ctx) {
        Long saved = number(ctx.queryParam("saved"));
        if (learning.isEmpty()) {
            render(ctx, new LearningPage(Csrf.token(ctx),
                    "This server has no store for learned parameters (it runs without a database).", 0, 0, 0, 0,
                    List.of(), 0, saved, List.of(), null, null, null));
            return;
        }
        List<LearningPage.Version> versions = versions();
        Long ask = number(ctx.queryParam("rollback"));
        LearningPage.Version confirm = ask == null ? null
                : versions.stream().filter(v -> v.version() == ask && !v.active()).findFirst().orElse(null);
        Long rolledBack = number(ctx.queryParam("rolledBack"));
        String notice = rolledBack == null ? null : "Saved version " + rolledBack + " with the numbers you chose."
                + " New sessions on every server use it within a minute; sessions under way keep their numbers.";
        LearningRun.Proposal p = learning.get().propose();
        List<ParameterChange> all = p.changes();
        List<LearningPage.Change> shown = all.subList(0, Math.min(TOP, all.size())).stream()
                .map(c -> new LearningPage.Change(c.problem(), c.device() == null ? c.host()
                        : c.host() + " with " + c.device(), c.describe())).toList();
        render(ctx, new LearningPage(Csrf.token(ctx), null, p.result().sessionsUsed(), p.result().sessionsSkipped(),
                p.result().iterations(), p.before().version(), shown, all.size() - shown.size(), saved, versions,
                confirm, notice, ctx.queryParam("error") == null ? null : "That version cannot be restored: "
                + ctx.queryParam("error")));
    }

    void apply(Context ctx) {
        if (learning.isEmpty()) {
            ctx.redirect("/admin/learning", HttpStatus.SEE_OTHER);
            return;
        }
        LearningRun run = learning.get();
        long version = run.apply(run.propose()).map(LearnedParameters::version).orElse(0L);
        ctx.redirect("/admin/learning?saved=" + version, HttpStatus.SEE_OTHER);
    }

    /** The confirming post: {@code version} and {@code confirm=yes}; without the confirmation, asks for it. */
    void rollback(Context ctx) {
        Long version = number(ctx.formParam("version"));
        if (learning.isEmpty() || version == null) {
            ctx.redirect("/admin/learning", HttpStatus.SEE_OTHER);
            return;
        }
        if (!"yes".equals(ctx.formParam("confirm"))) {
            ctx.redirect("/admin/learning?rollback=" + version + "#rollback", HttpStatus.SEE_OTHER);
            return;
        }
        try {
            LearnedParameters saved = learning.get().versions().rollback(version);
            ctx.redirect("/admin/learning?rolledBack=" + saved.version(), HttpStatus.SEE_OTHER);
        } catch (PairdoctorException e) {
            if (e.failure() == org.pairdoctor.core.Failure.UNAVAILABLE || e.failure() == org.pairdoctor.core.Failure.INTERNAL) {
                throw e;   // the store's fault: a 503 (or 500) like every other route, never its text in a URL
            }
            ctx.redirect("/admin/learning?error=" + URLEncoder.encode(e.getMessage(), StandardCharsets.UTF_8),
                    HttpStatus.SEE_OTHER);
        }
    }

    private List<LearningPage.Version> versions() {
        ParameterVersions versions = learning.orElseThrow().versions();
        List<LearningPage.Version> out = new ArrayList<>();
        for (ParameterVersions.Summary s : versions.list()) {
            out.add(new LearningPage.Version(s.version(), TIME.format(s.learnedAt()), s.describe(), s.active()));
        }
        if (!out.isEmpty()) {
            out.add(new LearningPage.Version(0, "", "the knowledge base's own numbers", false));
        }
        return out;
    }

    private static Long number(String s) {
        return s != null && s.matches(VERSION) ? Long.valueOf(s) : null;
    }

    private static void render(Context ctx, LearningPage page) {
        ctx.render("admin-learning.jte", Map.of("page", page));
    }
}
