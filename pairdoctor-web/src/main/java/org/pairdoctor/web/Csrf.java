package org.pairdoctor.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * CSRF protection for HTML form posts: a synchronizer token kept in a SameSite=Strict, HttpOnly
 * cookie and repeated in a hidden form field. A cross-site page can neither read the cookie nor
 * make the browser send it, so it cannot forge a matching pair. JSON API posts are protected
 * instead by requiring {@code application/json}, which a cross-site form cannot send.
 */
public final class Csrf {
    /** Name of the hidden form field. */
    public static final String FIELD = "csrf";
    static final String COOKIE = "pd_csrf";
    private static final String ATTRIBUTE = "pairdoctor.csrf";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Csrf() {
    }

    /** The token for this request's forms; sets the cookie when the browser has none yet. */
    public static String token(Context ctx) {
        String known = ctx.attribute(ATTRIBUTE);
        if (known != null) {
            return known;
        }
        String cookie = ctx.cookie(COOKIE);
        if (!wellFormed(cookie)) {
            byte[] b = new byte[16];
            RANDOM.nextBytes(b);
            cookie = Base64.getUrlEncoder().withoutPadding().encodeToString(b);
            Cookie c = new Cookie(COOKIE, cookie, "/", -1, false, true, null, SameSite.STRICT);
            ctx.cookie(c);
        }
        ctx.attribute(ATTRIBUTE, cookie);
        return cookie;
    }

    /** True when the form field matches the cookie (compared in constant time). */
    static boolean valid(Context ctx) {
        String cookie = ctx.cookie(COOKIE);
        String field = ctx.formParam(FIELD);
        if (!wellFormed(cookie) || field == null) {
            return false;
        }
        return MessageDigest.isEqual(cookie.getBytes(StandardCharsets.US_ASCII),
                field.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean wellFormed(String token) {
        return token != null && token.matches("[A-Za-z0-9_-]{22}");
    }
}
