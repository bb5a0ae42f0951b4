package org.pairdoctor.web.admin;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;
import org.pairdoctor.core.feedback.Comment;
import org.pairdoctor.core.feedback.CommentStore;
import org.pairdoctor.core.feedback.RateLimiter;
import org.pairdoctor.core.learning.LearningRun;
import org.pairdoctor.core.session.SessionRecord;
import org.pairdoctor.core.session.SessionStore;
import org.pairdoctor.web.Csrf;
import org.pairdoctor.web.WebModule;

import java.time.Clock;
import java.time.Duration;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The admin pages under {@code /admin}: log in, moderate users' comments, learn from outcomes
 * (a dry run, then apply; list and roll back versions: {@link LearningAdmin}) and export sessions
 * as CSV or JSON.
 *
 * <p>Access needs the operator's password ({@link AdminSettings}); with none set, every admin
 * route answers 403 with how to set one. Login posts carry the site's CSRF token (checked by the
 * server for every form post), are limited per remote address, and compare PBKDF2 hashes in
 * constant time. A login is a random token in an HttpOnly, SameSite=Strict cookie scoped to
 * {@code /admin}, Secure when the request came over HTTPS (directly or via a proxy's
 * {@code X-Forwarded-Proto}).
 */
public final class AdminModule implements WebModule {
    static final String COOKIE = "pd_admin";
    private static final int QUEUE = 200;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final AdminSettings settings;
    private final AdminSessions logins;
    private final RateLimiter loginLimiter;
    private final RateLimiter allLogins;
    private final CommentStore comments;
    private final SessionStore sessions;
    private final LearningAdmin learningAdmin;

    /**
     * @param comments the comment store, or null when this server keeps none
     * @param learning the learning run, empty when this server has no parameter store
     */
    public AdminModule(AdminSettings settings, CommentStore comments, SessionStore sessions,
                       Optional<LearningRun> learning, RateLimiter loginLimiter, Clock clock) {
        this(settings, comments, sessions, learning, loginLimiter, defaultAllLoginsLimiter(clock), clock);
    }

    /**
     * @param allLogins limits password checks from all addresses together: each check costs a
     *                  600,000-iteration PBKDF2, so many addresses guessing at once would otherwise slow
     *                  every visitor down; beyond it, logins wait (the `pairdoctor admin` command still works)
     */
    public AdminModule(AdminSettings settings, CommentStore comments, SessionStore sessions,
                       Optional<LearningRun> learning, RateLimiter loginLimiter, RateLimiter allLogins, Clock clock) {
        this.allLogins = allLogins;
        this.settings = settings;
        this.logins = new AdminSessions(clock, settings.sessionLength());
        this.loginLimiter = loginLimiter;
        this.comments = comments;
        this.sessions = sessions;
        this.learningAdmin = new LearningAdmin(learning);
    }

    /** Five login attempts per five minutes per address. */
    public static RateLimiter defaultLoginLimiter(Clock clock) {
        return new RateLimiter(5, Duration.ofMinutes(5), clock);
    }

    /** Twenty password checks a minute from all addresses together. */
    public static RateLimiter defaultAllLoginsLimiter(Clock clock) {
        return new RateLimiter(20, Duration.ofMinutes(1), clock);
    }

    @Override
    public void register(JavalinConfig cfg) {
        cfg.routes.get("/admin", guarded(ctx -> ctx.redirect("/admin/comments", HttpStatus.SEE_OTHER)));
        cfg.routes.get("/admin/login", this::loginForm);
        cfg.routes.post("/admin/login", this::login);
        cfg.routes.post("/admin/logout", this::logout);
        cfg.routes.get("/admin/comments", guarded(this::moderation));
        cfg.routes.post("/admin/comments/{id}/approve", guarded(ctx -> moderate(ctx, Comment.Status.APPROVED)));
        cfg.routes.post("/admin/comments/{id}/reject", guarded(ctx -> moderate(ctx, Comment.Status.REJECTED)));
        cfg.routes.get("/admin/learning", guarded(learningAdmin::page));
        cfg.routes.post("/admin/learning/apply", guarded(learningAdmin::apply));
        cfg.routes.post("/admin/learning/rollback", guarded(learningAdmin::rollback));
        cfg.routes.get("/admin/export/sessions.csv", guarded(ctx -> {
            attachment(ctx, "text/csv; charset=utf-8", "pairdoctor-sessions.csv");
            Writer out = new OutputStreamWriter(ctx.res().getOutputStream(), StandardCharsets.UTF_8);
            SessionExport.csv(this::eachSession, out);
        }));
        cfg.routes.get("/admin/export/sessions.json", guarded(ctx -> {
            attachment(ctx, "application/json", "pairdoctor-sessions.json");
            SessionExport.json(this::eachSession, ctx.res().getOutputStream());
        }));
    }

    private Handler guarded(Handler page) {
        return ctx -> {
            if (!settings.enabled()) {
                off(ctx);
            } else if (!logins.valid(ctx.cookie(COOKIE))) {
                ctx.redirect("/admin/login", HttpStatus.SEE_OTHER);
            } else {
                page.handle(ctx);
            }
        };
    }

    private static void off(Context ctx) {
        ctx.status(403);
        ctx.render("admin-off.jte", Map.of("variable", AdminSettings.PASSWORD_HASH_ENV));
    }

    private void loginForm(Context ctx) {
        if (!settings.enabled()) {
            off(ctx);
            return;
        }
        ctx.render("admin-login.jte", Map.of("csrf", Csrf.token(ctx), "error", ""));
    }

    private void login(Context ctx) {
        if (!settings.enabled()) {
            off(ctx);
            return;
        }
        String client = ctx.ip();
        if (!loginLimiter.tryAcquire(client)) {
            tooMany(ctx, loginLimiter.retryAfter(client), "Too many login attempts from your address.");
            return;
        }
        if (!allLogins.tryAcquire("all")) {
            tooMany(ctx, allLogins.retryAfter("all"), "Too many login attempts right now, from many addresses.");
            return;
        }
        String password = ctx.formParam("password");
        if (password == null || !settings.password().orElseThrow().matches(password.toCharArray())) {
            ctx.status(401);
            ctx.render("admin-login.jte", Map.of("csrf", Csrf.token(ctx), "error", "That password is not right."));
            return;
        }
        ctx.cookie(new Cookie(COOKIE, logins.start(), "/admin", -1, secure(ctx), true, null, SameSite.STRICT));
        ctx.redirect("/admin/comments", HttpStatus.SEE_OTHER);
    }

    private static void tooMany(Context ctx, Duration retryAfter, String why) {
        long wait = Math.max(1, retryAfter.toSeconds());
        ctx.header("Retry-After", Long.toString(wait));
        ctx.status(429);
        ctx.render("admin-login.jte", Map.of("csrf", Csrf.token(ctx), "error",
                why + " Wait " + wait + " seconds and try again."));
    }

    private void logout(Context ctx) {
        logins.end(ctx.cookie(COOKIE));
        ctx.cookie(new Cookie(COOKIE, "", "/admin", 0, secure(ctx), true, null, SameSite.STRICT));
        ctx.redirect("/admin/login", HttpStatus.SEE_OTHER);
    }

    static boolean secure(Context ctx) {
        return "https".equalsIgnoreCase(ctx.scheme()) || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"));
    }

    private void moderation(Context ctx) {
        if (comments == null) {
            ctx.render("admin-comments.jte", Map.of("page", new ModerationPage(Csrf.token(ctx), List.of(),
                    "This server keeps no comments (it runs without a database).")));
            return;
        }
        List<ModerationPage.Row> rows = comments.withStatus(Comment.Status.PENDING, QUEUE).stream()
                .map(c -> new ModerationPage.Row(c.id(), c.sessionId(), c.problemId(), c.workedStep(), c.text(),
                        TIME.format(c.createdAt())))
                .toList();
        String done = ctx.queryParam("done");
        String notice = done == null ? "" : switch (done) {
            case "approved" -> "Approved: the comment is now shown on the finish page of its problem.";
            case "rejected" -> "Rejected: the comment stays hidden.";
            default -> "";
        };
        ctx.render("admin-comments.jte", Map.of("page", new ModerationPage(Csrf.token(ctx), rows, notice)));
    }

    private void moderate(Context ctx, Comment.Status status) {
        if (comments == null) {
            ctx.redirect("/admin/comments", HttpStatus.SEE_OTHER);
            return;
        }
        comments.moderate(ctx.pathParam("id"), status);
        ctx.redirect("/admin/comments?done=" + status.name().toLowerCase(java.util.Locale.ROOT), HttpStatus.SEE_OTHER);
    }

    /** Every session, oldest first, read from the store as the export writes them (never all in memory). */
    private void eachSession(java.util.function.Consumer<SessionRecord> each) {
        sessions.eachStartedSince(Instant.EPOCH, each);
    }

    private static void attachment(Context ctx, String type, String file) {
        ctx.contentType(type);
        ctx.header("Content-Disposition", "attachment; filename=\"" + file + "\"");
    }
}
