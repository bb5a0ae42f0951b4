package org.pairdoctor.web.admin;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HttpResponseException;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.SameSite;
import org.pairdoctor.core.statistics.Feedback;
import org.pairdoctor.core.statistics.FeedbackStore;
import org.pairdoctor.core.statistics.OutcomeQueries;
import org.pairdoctor.core.statistics.SessionSummary;
import org.pairdoctor.web.Csrf;
import org.pairdoctor.web.WebModule;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Feedback from users and its moderation. {@code GET/POST /feedback/{session}}: someone whose
 * session ended says what worked and leaves a short comment (rate-limited per client; unpublished
 * until approved). {@code /admin}: log in with the operator's password (no default: without one the
 * admin pages do not exist), then approve or reject pending comments, or export every session as
 * CSV or JSON ({@code /admin/export.csv}, {@code /admin/export.json}).
 */
public final class AdminModule implements WebModule {
    static final String COOKIE = "pd_admin";
    static final int PER_CLIENT_PER_HOUR = 5;
    static final Duration LOGIN_LIFETIME = Duration.ofHours(8);

    private final FeedbackStore feedback;
    private final OutcomeQueries outcomes;
    private final AdminPassword password;   // null: admin disabled
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Instant> logins = new ConcurrentHashMap<>();
    private final Map<String, Integer> failedLogins = new ConcurrentHashMap<>();
    private final byte[] clientSalt = new byte[16];

    public AdminModule(FeedbackStore feedback, OutcomeQueries outcomes, AdminPassword password, Clock clock) {
        this.feedback = feedback;
        this.outcomes = outcomes;
        this.password = password;
        this.clock = clock;
        random.nextBytes(clientSalt);
    }

    @Override
    public void register(JavalinConfig cfg) {
        cfg.routes.get("/feedback/{session}", ctx -> ctx.render("admin-feedback-form.jte",
                Map.of("session", ctx.pathParam("session"), "csrf", Csrf.token(ctx), "done", false)));
        cfg.routes.post("/feedback/{session}", this::submit);
        cfg.routes.get("/admin", this::admin);
        cfg.routes.post("/admin/login", this::login);
        cfg.routes.post("/admin/feedback/{id}", this::decide);
        cfg.routes.get("/admin/export.csv", ctx -> export(ctx, true));
        cfg.routes.get("/admin/export.json", ctx -> export(ctx, false));
    }

    /** Every stored session without its turns (no client data), as CSV or JSON, for analysis elsewhere. */
    private void export(Context ctx, boolean csv) {
        requireEnabled();
        if (!loggedIn(ctx)) {
            throw new HttpResponseException(403, "Log in first.");
        }
        List<SessionSummary> all = outcomes.sessions(Instant.EPOCH, clock.instant().plusSeconds(1));
        if (csv) {
            StringBuilder b = new StringBuilder("id,problem,host,started_at,outcome,fixed_by,ended_at\n");
            for (SessionSummary s : all) {
                b.append(cell(s.id())).append(',').append(cell(s.problemId())).append(',').append(cell(s.hostId()))
                        .append(',').append(s.startedAt()).append(',').append(s.outcome()).append(',')
                        .append(cell(s.fixedBy())).append(',').append(s.endedAt() == null ? "" : s.endedAt())
                        .append('\n');
            }
            ctx.header("Content-Disposition", "attachment; filename=\"pairdoctor-sessions.csv\"")
                    .contentType("text/csv; charset=utf-8").result(b.toString());
        } else {
            List<Map<String, Object>> rows = new java.util.ArrayList<>();
            for (SessionSummary s : all) {
                Map<String, Object> m = new java.util.LinkedHashMap<>();
                m.put("id", s.id());
                m.put("problem", s.problemId());
                m.put("host", s.hostId());
                m.put("startedAt", s.startedAt().toString());
                m.put("outcome", s.outcome().name().toLowerCase(java.util.Locale.ROOT));
                m.put("fixedBy", s.fixedBy());
                m.put("endedAt", s.endedAt() == null ? null : s.endedAt().toString());
                rows.add(m);
            }
            ctx.header("Content-Disposition", "attachment; filename=\"pairdoctor-sessions.json\"").json(rows);
        }
    }

    /** A CSV cell: quoted when needed, and never starting like a spreadsheet formula. */
    static String cell(String v) {
        if (v == null) {
            return "";
        }
        String s = !v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 ? "'" + v : v;
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    private void submit(Context ctx) {
        String client = clientKey(ctx);
        if (feedback.submittedSince(client, clock.instant().minus(Duration.ofHours(1))) >= PER_CLIENT_PER_HOUR) {
            throw new HttpResponseException(429, "Thank you, we already have your feedback. Please try again later.");
        }
        String comment = ctx.formParam("comment") == null ? "" : ctx.formParam("comment").strip();
        if (comment.length() > Feedback.MAX_COMMENT) {
            throw new HttpResponseException(400, "The comment is too long: at most " + Feedback.MAX_COMMENT
                    + " characters.");
        }
        String worked = ctx.formParam("worked");
        String session = ctx.pathParam("session");
        feedback.submit(new Feedback(newId(), session, ctx.formParam("problem") == null ? "" : ctx.formParam("problem"),
                worked == null || worked.isBlank() ? null : worked, comment, Feedback.Status.PENDING, client,
                clock.instant()));
        ctx.render("admin-feedback-form.jte", Map.of("session", session, "csrf", Csrf.token(ctx), "done", true));
    }

    private void admin(Context ctx) {
        requireEnabled();
        if (!loggedIn(ctx)) {
            ctx.render("admin-login.jte", Map.of("csrf", Csrf.token(ctx), "failed", false));
            return;
        }
        List<Feedback> pending = feedback.withStatus(Feedback.Status.PENDING);
        ctx.render("admin-page.jte", Map.of("pending", pending, "csrf", Csrf.token(ctx)));
    }

    private void login(Context ctx) {
        requireEnabled();
        String client = clientKey(ctx);
        if (failedLogins.getOrDefault(client, 0) >= 10) {
            throw new HttpResponseException(429, "Too many failed logins from here. Try again later.");
        }
        String given = ctx.formParam("password");
        if (given == null || !password.matches(given.toCharArray())) {
            failedLogins.merge(client, 1, Integer::sum);
            ctx.status(401).render("admin-login.jte", Map.of("csrf", Csrf.token(ctx), "failed", true));
            return;
        }
        byte[] b = new byte[32];
        random.nextBytes(b);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(b);
        logins.put(token, clock.instant().plus(LOGIN_LIFETIME));
        Cookie c = new Cookie(COOKIE, token);
        c.setHttpOnly(true);
        c.setPath("/admin");
        c.setSameSite(SameSite.STRICT);
        c.setSecure(ctx.scheme().equals("https"));
        ctx.cookie(c);
        ctx.redirect("/admin", io.javalin.http.HttpStatus.SEE_OTHER);
    }

    private void decide(Context ctx) {
        requireEnabled();
        if (!loggedIn(ctx)) {
            throw new HttpResponseException(403, "Log in first.");
        }
        String action = ctx.formParam("action");
        Feedback.Status status = "approve".equals(action) ? Feedback.Status.APPROVED
                : "reject".equals(action) ? Feedback.Status.REJECTED : null;
        if (status == null) {
            throw new HttpResponseException(400, "action must be approve or reject");
        }
        if (!feedback.decide(ctx.pathParam("id"), status, clock.instant())) {
            throw new NotFoundResponse("no feedback with that id");
        }
        ctx.redirect("/admin", io.javalin.http.HttpStatus.SEE_OTHER);
    }

    private void requireEnabled() {
        if (password == null) {
            throw new NotFoundResponse("The admin pages are disabled: the operator has not set "
                    + AdminPassword.ENV + ".");
        }
    }

    private boolean loggedIn(Context ctx) {
        String token = ctx.cookie(COOKIE);
        Instant until = token == null ? null : logins.get(token);
        return until != null && clock.instant().isBefore(until);
    }

    /** A salted hash of the client address: enough to rate-limit, useless to identify anyone. */
    private String clientKey(Context ctx) {
        try {
            var md = java.security.MessageDigest.getInstance("SHA-256");
            md.update(clientSalt);
            md.update(ctx.ip().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(md.digest()).substring(0, 22);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    }

    private String newId() {
        byte[] b = new byte[12];
        random.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
