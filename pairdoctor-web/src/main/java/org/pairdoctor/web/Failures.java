package org.pairdoctor.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.eclipse.jetty.http.BadMessageException;
import org.eclipse.jetty.io.EofException;
import org.pairdoctor.core.Failure;
import org.pairdoctor.core.PairdoctorException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.concurrent.CompletionException;
import java.util.regex.Pattern;

/**
 * The one place where failures become HTTP answers. A {@link PairdoctorException} is mapped by its
 * {@link Failure} kind, never by its class: a client's mistake is a 4xx with its message; an
 * unavailable database is a 503 with {@code Retry-After} and one log line with the detail, but no
 * driver text for the client; a bug is a 500 logged with its stack trace. Requests the HTTP layer
 * cannot decode (a bad charset, a broken chunked body, a bad escape in the path) are the client's
 * mistake too: 400, not logged as failures of ours.
 */
final class Failures {
    private static final Logger LOG = LoggerFactory.getLogger(Failures.class);

    /** Seconds a client is asked to wait before retrying while the database is unavailable. */
    static final int RETRY_AFTER_SECONDS = 5;
    static final String UNAVAILABLE_MESSAGE = "The service cannot store or read sessions right now. "
            + "Nothing you did caused this; please try again in a few seconds.";
    static final String INTERNAL_MESSAGE = "Something went wrong on our side. Please try again.";

    /** A percent sign not followed by two hexadecimal digits, e.g. the non-standard {@code %u0041}. */
    private static final Pattern BAD_ESCAPE = Pattern.compile("%(?![0-9A-Fa-f]{2})");

    private Failures() {
    }

    /**
     * Refuses an address with a broken percent escape before any route decodes it (the decoder
     * would throw deep inside the router): 400, as the client's mistake.
     */
    static void refuseBadEscapes(Context ctx) {
        String query = ctx.req().getQueryString();
        if (BAD_ESCAPE.matcher(ctx.req().getRequestURI()).find() || (query != null && BAD_ESCAPE.matcher(query).find())) {
            throw new io.javalin.http.BadRequestResponse("the address has a broken %-escape: a % must be followed by "
                    + "two hexadecimal digits (e.g. %41 for A)");
        }
    }

    /** The HTTP status of each kind of failure. */
    static int status(Failure failure) {
        return switch (failure) {
            case INVALID_INPUT -> 400;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case UNAVAILABLE -> 503;
            case INTERNAL -> 500;
        };
    }

    static void register(JavalinConfig cfg) {
        cfg.routes.exception(HttpResponseException.class,
                (e, ctx) -> WebServer.respond(ctx, e.getStatus(), e.getMessage()));
        cfg.routes.exception(PairdoctorException.class, Failures::failed);
        cfg.routes.exception(Exception.class, Failures::unexpected);
    }

    static void failed(PairdoctorException e, Context ctx) {
        Failure kind = e.failure();
        switch (kind) {
            case UNAVAILABLE -> {
                // The detail (a driver's text) is for the operator only.
                LOG.warn("unavailable on {} {}: {}", ctx.method(), ctx.path(), e.getMessage());
                unavailable(ctx, UNAVAILABLE_MESSAGE);
            }
            case INTERNAL -> {
                LOG.error("internal failure on {} {}", ctx.method(), ctx.path(), e);
                WebServer.respond(ctx, 500, INTERNAL_MESSAGE);
            }
            default -> WebServer.respond(ctx, status(kind), e.getMessage());
        }
    }

    /** A 503 that tells the client when to retry. */
    static void unavailable(Context ctx, String message) {
        ctx.header("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
        WebServer.respond(ctx, 503, message);
    }

    private static void unexpected(Exception e, Context ctx) {
        Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
        if (cause instanceof PairdoctorException p) {
            failed(p, ctx);
            return;
        }
        String mistake = clientMistake(cause);
        if (mistake != null) {
            WebServer.respond(ctx, 400, mistake);
            return;
        }
        LOG.error("unexpected failure on {} {}", ctx.method(), ctx.path(), e);
        WebServer.respond(ctx, 500, INTERNAL_MESSAGE);
    }

    /**
     * What the client sent wrong, when the HTTP layer failed to decode its request; null for
     * anything else. Found by the exception's type anywhere in the cause chain.
     */
    static String clientMistake(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof UnsupportedCharsetException || t instanceof IllegalCharsetNameException) {
                return "the request names a character set this server does not know; send UTF-8";
            }
            if (t instanceof BadMessageException || t instanceof EofException) {
                return "the request body could not be read (a broken or incomplete body)";
            }
        }
        return null;
    }
}
