package org.pairdoctor.web;

import java.util.function.BiConsumer;

/** The security headers every response carries, ours and the server's own errors alike. */
final class SecurityHeaders {
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "frame-ancestors 'none'; base-uri 'none'; form-action 'self'; object-src 'none'";

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
        if (!path.startsWith("/assets/")) {
            // Pages carry session ids and state: never cache them.
            header.accept("Cache-Control", "no-store");
        }
    }
}
