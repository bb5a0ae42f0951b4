package org.pairdoctor.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * What makes the site installable and usable offline: the favicon, the web app manifest and the service
 * worker at the root (a worker's scope is its own path, so it cannot live under /assets/), and the page
 * the worker shows for anything it has not kept.
 */
final class AppShell {
    private static final byte[] FAVICON = resource("favicon.ico");
    private static final byte[] MANIFEST = resource("manifest.webmanifest");
    private static final byte[] WORKER = resource("sw.js");

    private AppShell() {
    }

    static void register(JavalinConfig cfg) {
        cfg.routes.get("/favicon.ico", ctx -> send(ctx, "image/x-icon", FAVICON, "public, max-age=86400"));
        cfg.routes.get("/manifest.webmanifest", ctx -> send(ctx, "application/manifest+json", MANIFEST,
                "public, max-age=3600"));
        // The browser checks the worker for updates on each visit; no-cache makes that check reach us.
        cfg.routes.get("/sw.js", ctx -> send(ctx, "text/javascript; charset=utf-8", WORKER, "no-cache"));
        cfg.routes.get("/offline", ctx -> ctx.render("offline.jte", Map.of()));
    }

    private static void send(Context ctx, String type, byte[] body, String cacheControl) {
        ctx.contentType(type).header("Cache-Control", cacheControl).result(body);
    }

    private static byte[] resource(String name) {
        try (InputStream in = AppShell.class.getResourceAsStream("/assets/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource /assets/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
