package org.pairdoctor.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.javalin.util.JavalinBindException;
import org.eclipse.jetty.server.ForwardedRequestCustomizer;
import org.pairdoctor.core.PairdoctorException;
import org.pairdoctor.core.session.SessionService;
import org.pairdoctor.web.api.SessionApi;
import org.pairdoctor.web.content.Catalogue;
import org.pairdoctor.web.content.OutcomeFigures;
import org.pairdoctor.web.i18n.Languages;
import org.pairdoctor.web.i18n.Messages;
import org.pairdoctor.web.pages.ReferencePages;
import org.pairdoctor.web.pages.SessionPages;
import org.pairdoctor.web.view.SessionViews;

import java.net.BindException;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The pairdoctor web server: guided-session pages, reference pages (pairing guide, behaviours,
 * FAQ, facts and myths) and the REST API, on Javalin. Built from ports only: the knowledge base as
 * a {@link Catalogue}, the {@link SessionService}, a clock, and extra {@link WebModule}s.
 *
 * <p>Every response carries security headers (a Content-Security-Policy without inline script or
 * style, nosniff, no framing, no referrer); bodies over {@link Settings#maxBodyBytes()} are refused
 * with 413; HTML form posts need a CSRF token; {@link #stop()} lets in-flight requests finish.
 * Failures become statuses in one place, {@link Failures}: by their kind, so an unavailable database
 * is a 503 with {@code Retry-After} and no driver text, on every route.
 */
public final class WebServer {
    /**
     * Where and how to listen.
     *
     * @param port 0 for any free port
     * @param maxBodyBytes largest accepted request body
     * @param stopTimeout how long {@link #stop()} waits for in-flight requests
     */
    public record Settings(String bind, int port, long maxBodyBytes, Duration stopTimeout, RateLimits rateLimits,
                           boolean trustForwarded, ClientKeys clientKeys) {
        public Settings {
            Objects.requireNonNull(bind, "bind");
            Objects.requireNonNull(rateLimits, "rateLimits");
            Objects.requireNonNull(clientKeys, "clientKeys");
            if (port < 0 || port > 65535) {
                throw new PairdoctorException("port " + port + " is not between 0 and 65535");
            }
        }

        public Settings(String bind, int port, long maxBodyBytes, Duration stopTimeout) {
            this(bind, port, maxBodyBytes, stopTimeout, RateLimits.defaults(), false, ClientKeys.random());
        }

        /** 127.0.0.1, the given port, 16 KiB bodies, 5 s to finish in-flight requests, default rate limits. */
        public static Settings defaults(int port) {
            return new Settings("127.0.0.1", port, 16 * 1024, Duration.ofSeconds(5));
        }

        public Settings withBind(String b) {
            return new Settings(b, port, maxBodyBytes, stopTimeout, rateLimits, trustForwarded, clientKeys);
        }

        public Settings withRateLimits(RateLimits limits) {
            return new Settings(bind, port, maxBodyBytes, stopTimeout, limits, trustForwarded, clientKeys);
        }

        /**
         * Behind a reverse proxy: take the client's address from its Forwarded / X-Forwarded-For header.
         * Only for a server that nobody can reach except through the proxy, or anyone can claim any address.
         */
        public Settings withTrustForwarded(boolean trust) {
            return new Settings(bind, port, maxBodyBytes, stopTimeout, rateLimits, trust, clientKeys);
        }

        /** How sessions' client keys are made (with the secret kept in the database, so they survive restarts). */
        public Settings withClientKeys(ClientKeys keys) {
            return new Settings(bind, port, maxBodyBytes, stopTimeout, rateLimits, trustForwarded, keys);
        }
    }

    /** A registered HTTP route. */
    public record Route(String method, String path) {
    }

    private static final String MESSAGES = "pairdoctor.messages";

    private final Settings settings;
    private final SlowClientDefence defence = SlowClientDefence.defaults();
    private final Javalin app;
    private volatile boolean started;

    /** A server that shows no observed figures (nothing counted yet, or no statistics). */
    public WebServer(Catalogue catalogue, SessionService sessions, Clock clock, List<WebModule> modules,
                     Settings settings) {
        this(catalogue, sessions, clock, modules, settings, OutcomeFigures.NONE);
    }

    /**
     * @param figures observed figures the step pages, the API, the behaviour table and the pairing
     *                guides show beside the estimates once enough people are counted
     */
    public WebServer(Catalogue catalogue, SessionService sessions, Clock clock, List<WebModule> modules,
                     Settings settings, OutcomeFigures figures) {
        this.settings = settings;
        ObjectMapper json = JsonMapper.builder().build();
        TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);
        SessionViews views = new SessionViews(catalogue, clock, figures, sessions.models());
        this.app = Javalin.create(cfg -> {
            configure(cfg, json, templates);
            new SessionApi(catalogue, sessions, views, json, settings.clientKeys()).register(cfg);
            new SessionPages(catalogue, sessions, views, settings.clientKeys()).register(cfg);
            new ReferencePages(catalogue, figures).register(cfg);
            for (WebModule m : modules) {
                m.register(cfg);
            }
        });
    }

    @SuppressWarnings("unchecked")
    private void configure(JavalinConfig cfg, ObjectMapper json, TemplateEngine templates) {
        cfg.startup.showJavalinBanner = false;
        cfg.startup.showOldJavalinVersionWarning = false;
        cfg.http.maxRequestSize = settings.maxBodyBytes();
        cfg.jsonMapper(new JavalinJackson(json, false));
        cfg.appData(Csrf.SECRET, Csrf.newSecret());
        cfg.fileRenderer((file, model, ctx) -> {
            StringOutput out = new StringOutput();
            // Every template may take the request's language as "t"; templates that do not declare it ignore it.
            Map<String, Object> withLanguage = new java.util.HashMap<>((Map<String, Object>) model);
            withLanguage.putIfAbsent("t", messages(ctx));
            templates.render(file, withLanguage, out);
            return out.toString();
        });
        cfg.staticFiles.add(s -> {
            s.hostedPath = "/assets";
            s.directory = "/assets";
            s.location = Location.CLASSPATH;
            s.headers = Map.of("Cache-Control", "public, max-age=3600");
        });
        cfg.jetty.modifyServer(server -> {
            // The stop timeout lets requests in flight finish (GracefulStopTest fails with 0); the
            // GracefulHandler counts them, so stop returns once they are done, and refuses new ones meanwhile.
            // Bodies are collected without a thread (SlowClientDefence).
            server.setHandler(defence.handlers(settings.maxBodyBytes()));
            server.setStopTimeout(settings.stopTimeout().toMillis());
            defence.limitConnections(server);
            server.setErrorHandler(new ServerErrors((status, message) -> errorPage(templates, status, message),
                    settings.maxBodyBytes()));
        });
        cfg.jetty.modifyHttpConfiguration(http -> {
            defence.configure(http);
            if (settings.trustForwarded()) {
                http.addCustomizer(new ForwardedRequestCustomizer());
            }
        });
        AppShell.register(cfg);
        cfg.routes.before(ctx -> {
            securityHeaders(ctx);
            language(ctx);
            limit(ctx);
            Failures.refuseBadEscapes(ctx);
            long length = ctx.req().getContentLengthLong();
            if (length > settings.maxBodyBytes()) {
                throw new ContentTooLargeResponse("the request body has " + length + " bytes; the limit is "
                        + settings.maxBodyBytes());
            }
            if (ctx.method().name().equals("POST") && !isApi(ctx) && !Csrf.valid(ctx)) {
                throw new HttpResponseException(403, "This form has expired or did not come from this site. "
                        + "Go back, reload the page and try again.");
            }
        });
        Failures.register(cfg);
    }

    /**
     * The request's language: {@code ?lang=} (remembered in a cookie by the language switch), the cookie,
     * then Accept-Language. The page says which it used, and caches keep the variants apart.
     */
    private static void language(Context ctx) {
        String asked = ctx.queryParam("lang");
        Messages m = Languages.shipped().choose(asked, ctx.cookie(Languages.COOKIE), ctx.header("Accept-Language"));
        if (asked != null && Languages.shipped().pick(asked).isPresent()) {
            Cookie c = new Cookie(Languages.COOKIE, m.language());
            c.setPath("/");
            c.setMaxAge(365 * 24 * 3600);
            c.setSameSite(SameSite.LAX);
            ctx.cookie(c);
        }
        ctx.attribute(MESSAGES, m);
        ctx.header("Content-Language", m.language());
        ctx.header("Vary", "Accept-Language, Cookie");
    }

    static Messages messages(Context ctx) {
        Messages m = ctx.attribute(MESSAGES);
        return m != null ? m : Messages.ENGLISH;
    }

    private static void securityHeaders(Context ctx) {
        SecurityHeaders.add(ctx.path(), ctx::header);
    }

    /** One client's requests beyond its limit get 429 with Retry-After (assets and health checks are free). */
    private void limit(Context ctx) {
        String path = ctx.path();
        if (path.startsWith("/assets/") || path.equals("/healthz") || path.equals("/readyz")) {
            return;
        }
        boolean post = ctx.method().name().equals("POST");
        RateLimits.Kind kind = !post ? RateLimits.Kind.READ
                : path.equals("/api/sessions") || path.equals("/sessions") ? RateLimits.Kind.SESSION_START
                : RateLimits.Kind.WRITE;
        settings.rateLimits().take(ctx.ip(), kind).ifPresent(wait -> {
            ctx.header("Retry-After", Long.toString(Math.max(1, (wait.toMillis() + 999) / 1000)));
            throw new HttpResponseException(429, "Too many requests from your address; please wait a moment "
                    + "and try again.");
        });
    }

    static boolean isApi(Context ctx) {
        return ctx.path().startsWith("/api/") || ctx.path().equals("/api");
    }

    /** Answers an error as JSON for the API, as a page otherwise. */
    static void respond(Context ctx, int status, String message) {
        ctx.status(status);
        if (isApi(ctx) || ctx.path().equals("/openapi.json")) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", status);
            body.put("message", message);
            ctx.json(body);
            return;
        }
        securityHeaders(ctx);
        Messages t = messages(ctx);
        ctx.render("error.jte", Map.of("page", new org.pairdoctor.web.pages.ErrorPage(status, title(t, status),
                message == null ? "" : message, "/", t.t("error.link"))));
    }

    private static String title(Messages t, int status) {
        String key = switch (status) {
            case 400, 403, 404, 409, 413, 429, 503 -> "error." + status;
            default -> status >= 500 ? "error.500" : "error.400";
        };
        return t.t(key);
    }

    /** What a person is told for an error that Jetty answered before our routes ran. */
    static String plainMessage(int status) {
        return switch (status) {
            case 400 -> "The request was malformed.";
            case 408 -> "The request took too long to arrive. Please try again.";
            case 413 -> "The request is larger than this server accepts.";
            case 414, 431 -> "The request's address or headers are too long.";
            default -> status >= 500 ? "Something went wrong on our side. Please try again."
                    : "The request could not be handled.";
        };
    }

    private static String errorPage(TemplateEngine templates, int status, String message) {
        StringOutput out = new StringOutput();
        templates.render("error.jte", Map.of("page", new org.pairdoctor.web.pages.ErrorPage(status,
                title(Messages.ENGLISH, status), message)), out);
        return out.toString();
    }

    /** Starts listening; fails with {@link PortInUseException} when the port is taken. */
    public WebServer start() {
        try {
            app.start(settings.bind(), settings.port());
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof BindException || t instanceof JavalinBindException) {
                    throw new PortInUseException(settings.bind(), settings.port());
                }
            }
            throw e;
        }
        started = true;
        return this;
    }

    /** Stops accepting connections, lets in-flight requests finish (up to the stop timeout), and stops. */
    public void stop() {
        if (started) {
            started = false;
            app.stop();
        }
    }

    public int port() {
        return app.port();
    }

    /** The address to open in a browser, e.g. {@code http://127.0.0.1:8080/}. */
    public String url() {
        String host = settings.bind().equals("0.0.0.0") || settings.bind().equals("::") ? "127.0.0.1"
                : settings.bind();
        if (host.contains(":")) {
            host = "[" + host + "]";
        }
        return "http://" + host + ":" + port() + "/";
    }

    /** Every registered HTTP route except before/after filters, sorted. */
    public List<Route> routes() {
        return app.unsafe.internalRouter.allHttpHandlers().stream()
                .map(p -> p.endpoint)
                .filter(e -> e.method.isHttpMethod())
                .map(e -> new Route(e.method.name(), e.path))
                .sorted(Comparator.comparing(Route::path).thenComparing(Route::method))
                .toList();
    }
}
