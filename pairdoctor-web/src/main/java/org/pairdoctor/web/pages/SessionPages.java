package org.pairdoctor.web.pages;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import io.javalin.http.HttpStatus;
import org.pairdoctor.core.session.ConfirmationRequiredException;
import org.pairdoctor.core.session.GuidedSession;
import org.pairdoctor.core.session.Reply;
import org.pairdoctor.core.session.SessionService;
import org.pairdoctor.core.session.StaleStepException;
import org.pairdoctor.web.Csrf;
import org.pairdoctor.web.content.Catalogue;
import org.pairdoctor.web.content.DeviceEntry;
import org.pairdoctor.web.content.HostEntry;
import org.pairdoctor.web.view.SessionView;
import org.pairdoctor.web.view.SessionViews;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The guided-session pages: start, one step at a time, finish. Plain forms with redirects after
 * each post, so they work without JavaScript and a reload never answers twice.
 */
public final class SessionPages {
    /** The cookie that remembers the chosen headset. */
    public static final String DEVICE_COOKIE = "pairdoctor-device";
    private static final int REMEMBER_SECONDS = 365 * 24 * 3600;
    private final Catalogue catalogue;
    private final SessionService sessions;
    private final SessionViews views;

    public SessionPages(Catalogue catalogue, SessionService sessions, SessionViews views) {
        this.catalogue = catalogue;
        this.sessions = sessions;
        this.views = views;
    }

    public void register(JavalinConfig cfg) {
        cfg.routes.get("/", ctx -> start(ctx, null, ctx.queryParam("device"), ctx.queryParam("host"),
                ctx.queryParam("problem")));
        cfg.routes.post("/sessions", this::create);
        cfg.routes.get("/s/{id}", this::show);
        cfg.routes.post("/s/{id}/answer", this::answer);
    }

    private void start(Context ctx, String error, String device, String host, String problem) {
        ctx.header("Vary", "User-Agent, Cookie");
        List<DeviceEntry> devices = catalogue.devices();
        String query = ctx.queryParam("q");
        Optional<DeviceEntry> chosen = catalogue.device(device);
        if (chosen.isPresent()) {
            remember(ctx, chosen.get().id());
        } else if (devices.size() == 1) {
            chosen = Optional.of(devices.get(0));
        } else if (!"device".equals(ctx.queryParam("pick")) && query == null) {
            chosen = catalogue.device(ctx.cookie(DEVICE_COOKIE));
        }
        Optional<HostEntry> named = catalogue.host(host);
        Optional<HostEntry> h = named.isPresent() ? named : HostGuess.of(ctx.header("User-Agent"), catalogue.hosts());
        // Without a host (no guess) every problem is offered and the form asks for the host beside them.
        ProblemMenu menu = chosen.isPresent()
                ? ProblemMenu.of(catalogue.problems(), h.map(HostEntry::id).orElse(null), chosen.get().id(),
                views.figures(), problem)
                : null;
        ctx.render("start.jte", Map.of("page", new StartPage(chosen.orElse(null), DeviceGroup.of(devices, query),
                devices.size(), query, h.orElse(null), named.isEmpty() && h.isPresent(),
                HostGroup.of(catalogue.hosts()), menu, catalogue.problem(problem).isPresent() ? problem : null,
                Csrf.token(ctx), error)));
    }

    /** Remembers the headset for the next visit: it is not a secret, and the start page works without it. */
    private static void remember(Context ctx, String deviceId) {
        ctx.cookie(new Cookie(DEVICE_COOKIE, deviceId, "/", REMEMBER_SECONDS, false, false, null, SameSite.LAX));
    }

    private void create(Context ctx) {
        String device = ctx.formParam("device");
        String host = ctx.formParam("host");
        String problem = ctx.formParam("problem");
        List<String> missing = new ArrayList<>();
        if (device == null || catalogue.device(device).isEmpty()) {
            missing.add("your headset");
        }
        if (host == null || catalogue.host(host).isEmpty()) {
            missing.add("your phone or computer");
        }
        if (problem == null || catalogue.problem(problem).isEmpty()) {
            missing.add("what you want to do");
        }
        if (!missing.isEmpty()) {
            ctx.status(400);
            start(ctx, "Please choose " + String.join(" and ", missing) + ".", device, host, problem);
            return;
        }
        remember(ctx, device);
        GuidedSession s = sessions.start(device, host, problem, "web", Map.of());
        ctx.redirect("/s/" + s.record().id(), HttpStatus.SEE_OTHER);
    }

    private void show(Context ctx) {
        SessionView v = views.view(sessions.load(ctx.pathParam("id")));
        if (v.inProgress()) {
            ctx.render("step.jte", Map.of("page", new StepPage(v, Csrf.token(ctx))));
        } else {
            java.util.function.Function<SessionView, gg.jte.Content> extra = ctx.attribute(FinishPage.EXTRA);
            ctx.render("finish.jte", Map.of("page", new FinishPage(v, extra == null ? null : extra.apply(v))));
        }
    }

    /** Stores the reply; the core decides whether it fits (a destructive step's outcome needs its confirmation first). */
    private void answer(Context ctx) {
        String id = ctx.pathParam("id");
        String step = ctx.formParam("step");
        String code = ctx.formParam("reply");
        if (step == null || code == null) {
            throw new io.javalin.http.BadRequestResponse("The answer was incomplete. Go back and choose an answer.");
        }
        try {
            sessions.reply(id, step, Reply.parse(code));
        } catch (ConfirmationRequiredException e) {
            // An outcome posted without the confirmation (an old tab, a crafted form): show the warning again.
            ctx.status(409);
            show(ctx);
            return;
        } catch (StaleStepException e) {
            ctx.status(409);
            ctx.render("error.jte", Map.of("page", new ErrorPage(409, "This step was already answered",
                    "You (or another tab) already answered this step, or the session has ended. "
                            + "Here is where you are now.", "/s/" + id, "Go to the current step")));
            return;
        }
        ctx.redirect("/s/" + id, HttpStatus.SEE_OTHER);
    }
}
