package org.pairdoctor.web;

import java.util.function.BiConsumer;

/** The security headers every response carries, ours and the server's own errors alike. */
final class SecurityHeaders {
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "frame-ancestors 'none'; base-uri 'none'; form-action 'self'; object-src 'none'; "
            // Named although default-src covers them: the service worker and the manifest are ours, and
            // a later tightening of default-src must not break installing or offline use.
            + "worker-src 'self'; manifest-src 'self'";

    private SecurityHeaders() {
    }

    static void add(String path, BiConsumer<String, String> header) {
        header.accept("Content-Security-Policy", CSP);
        header.accept("X-Content-Type-Options", "nosniff");
        header.accept("X-Frame-Options", "DENY");
        // same-origin, not no-referrer: with no-referrer browsers send "Origin: null" on our own form
        // posts, and the CSRF check could not tell them from a post made by another site.
        header.accept("Referrer-Policy", "same-origin");
        header.accept("Cross-Origin-Opener-Policy", "same-origin");
        if (path.startsWith("/assets/")) {
            return;
        }
        if (isPublic(path)) {
            // The same for everyone and holding nothing secret: revalidated on each visit, and allowed in the
            // back/forward cache (which no-store turns off).
            header.accept("Cache-Control", "no-cache");
        } else {
            // Session pages, forms with their CSRF token, the API, admin: never stored.
            header.accept("Cache-Control", "no-store");
        }
    }

    /** Reading pages without session, form or account in them. */
    static boolean isPublic(String path) {
        return path.equals("/guide") || path.startsWith("/guide/") || path.equals("/faq")
                || path.equals("/behaviours") || path.equals("/facts") || path.equals("/stats")
                || path.equals("/offline");
    }
}
