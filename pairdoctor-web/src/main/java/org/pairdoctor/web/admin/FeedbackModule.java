package org.pairdoctor.web.admin;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.pairdoctor.core.feedback.Comment;
import org.pairdoctor.core.feedback.CommentStore;
import org.pairdoctor.core.feedback.RateLimiter;
import org.pairdoctor.core.session.SessionService;
import org.pairdoctor.web.Csrf;
import org.pairdoctor.web.WebModule;
import org.pairdoctor.web.content.Catalogue;
import org.pairdoctor.web.pages.ErrorPage;
import org.pairdoctor.web.pages.FinishPage;
import org.pairdoctor.web.view.SessionView;
import org.pairdoctor.web.view.SessionViews;
import org.pairdoctor.web.view.TurnView;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Reports from users: on the finish page, which step worked (or nothing) and a short comment,
 * posted to {@code /s/{id}/feedback}. Comments wait for an admin; approved ones about the same
 * problem are shown on the finish page. Submissions are limited per remote address by a
 * {@link RateLimiter}; templates escape everything a user wrote.
 */
public final class FeedbackModule implements WebModule {
    /** How many approved comments the finish page shows. */
    static final int SHOWN = 5;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private final Catalogue catalogue;
    private final SessionService sessions;
    private final SessionViews views;
    private final CommentStore comments;
    private final RateLimiter limiter;
    private final Clock clock;
    private final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);
    private final SecureRandom random = new SecureRandom();

    public FeedbackModule(Catalogue catalogue, SessionService sessions, CommentStore comments, RateLimiter limiter,
                          Clock clock) {
        this.catalogue = catalogue;
        this.sessions = sessions;
        this.views = new SessionViews(catalogue, clock);
        this.comments = comments;
        this.limiter = limiter;
        this.clock = clock;
    }

    /** Five submissions per ten minutes per address. */
    public static RateLimiter defaultLimiter(Clock clock) {
        return new RateLimiter(5, Duration.ofMinutes(10), clock);
    }

    @Override
    public void register(JavalinConfig cfg) {
        cfg.routes.before("/s/{id}", ctx -> ctx.attribute(FinishPage.EXTRA,
                (Function<SessionView, gg.jte.Content>) v -> section(ctx, v)));
        cfg.routes.post("/s/{id}/feedback", this::submit);
    }

    private gg.jte.Content section(Context ctx, SessionView v) {
        List<FeedbackForm.Option> options = new ArrayList<>();
        for (TurnView t : v.history()) {
            if (t.kind().equals("action") && options.stream().noneMatch(o -> o.value().equals(t.stepId()))) {
                options.add(new FeedbackForm.Option(t.stepId(), t.title(), t.stepId().equals(v.fixedByStep())));
            }
        }
        options.add(new FeedbackForm.Option(Comment.NOTHING, "Nothing worked", v.fixedByStep() == null));
        List<FeedbackForm.Published> published = new ArrayList<>();
        for (Comment c : comments.approved(v.problem().id(), SHOWN)) {
            published.add(new FeedbackForm.Published(stepTitle(v, c.workedStep()), c.text(),
                    DATE.format(c.createdAt())));
        }
        FeedbackForm form = new FeedbackForm(v.id(), Csrf.token(ctx), options,
                "sent".equals(ctx.queryParam("feedback")), published, Comment.MAX_TEXT, v.fixed());
        StringOutput out = new StringOutput();
        templates.render("feedback-form.jte", Map.of("form", form), out);
        String html = out.toString();
        return output -> output.writeContent(html);
    }

    private String stepTitle(SessionView v, String stepId) {
        if (Comment.NOTHING.equals(stepId)) {
            return "nothing";
        }
        try {
            return catalogue.stepText(v.problem().id(), stepId, v.host().id(), v.device().id()).title();
        } catch (RuntimeException e) {
            // A step the knowledge base no longer has: its id still says something.
            return stepId;
        }
    }

    private void submit(Context ctx) {
        String id = ctx.pathParam("id");
        SessionView v = views.view(sessions.load(id));
        if (v.inProgress()) {
            refuse(ctx, 409, "Not finished yet", "You can say what worked once the session has ended.", id);
            return;
        }
        String worked = ctx.formParam("worked");
        boolean known = Comment.NOTHING.equals(worked)
                || v.history().stream().anyMatch(t -> t.kind().equals("action") && t.stepId().equals(worked));
        if (!known) {
            refuse(ctx, 400, "Please choose what worked",
                    "Choose one of the steps you tried, or \"Nothing worked\".", id);
            return;
        }
        String text = ctx.formParam("comment") == null ? "" : ctx.formParam("comment").strip();
        if (text.length() > Comment.MAX_TEXT) {
            refuse(ctx, 400, "Your comment is too long", "Your comment has " + text.length()
                    + " characters; the limit is " + Comment.MAX_TEXT + ". Please shorten it and send it again.", id);
            return;
        }
        String client = ctx.ip();
        if (!limiter.tryAcquire(client)) {
            long wait = Math.max(1, limiter.retryAfter(client).toSeconds());
            ctx.header("Retry-After", Long.toString(wait));
            refuse(ctx, 429, "Too many reports", "You have sent " + limiter.capacity() + " reports in the last "
                    + limiter.period().toMinutes() + " minutes. Please wait about " + ((wait + 59) / 60)
                    + " minute(s) before sending another.", id);
            return;
        }
        comments.add(Comment.submitted(newId(), id, v.problem().id(), worked, text, clock.instant()));
        ctx.redirect("/s/" + id + "?feedback=sent#feedback", HttpStatus.SEE_OTHER);
    }

    private static void refuse(Context ctx, int status, String title, String message, String sessionId) {
        ctx.status(status);
        ctx.render("error.jte", Map.of("page", new ErrorPage(status, title, message, "/s/" + sessionId,
                "Back to your result")));
    }

    private String newId() {
        byte[] b = new byte[15];
        random.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
