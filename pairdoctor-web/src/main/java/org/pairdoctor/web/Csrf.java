package org.pairdoctor.web;

import io.javalin.config.Key;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * CSRF protection for HTML form posts: a synchronizer token kept in a SameSite=Strict, HttpOnly
 * cookie and repeated in a hidden form field. A cross-site page can neither read the cookie nor
 * make the browser send it, so it cannot forge a matching pair. The token is signed with the
 * server's secret, so a pair a client (or a sibling subdomain setting cookies) made up is refused;
 * and a post whose Origin (or, without one, Referer) names another site is refused too. JSON API
 * posts are protected instead by requiring {@code application/json}, which a cross-site form cannot send.
 */
public final class Csrf {
    /** Name of the hidden form field. */
    public static final String FIELD = "csrf";
    static final String COOKIE = "pd_csrf";
    /** Where the server keeps its signing secret for the pages' handlers. */
    static final Key<byte[]> SECRET = new Key<>("pairdoctor.csrf-secret");
    private static final String ATTRIBUTE = "pairdoctor.csrf";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private Csrf() {
    }

    /** A fresh random secret (each server start, unless the operator gives one shared by several servers). */
    static byte[] newSecret() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return b;
    }

    /** The token for this request's forms; sets the cookie when the browser has none (or a forged one). */
    public static String token(Context ctx) {
        String known = ctx.attribute(ATTRIBUTE);
        if (known != null) {
            return known;
        }
        byte[] secret = ctx.appData(SECRET);
        String cookie = ctx.cookie(COOKIE);
        if (!signed(cookie, secret)) {
            byte[] b = new byte[16];
            RANDOM.nextBytes(b);
            String nonce = B64.encodeToString(b);
            cookie = nonce + "." + signature(nonce, secret);
            ctx.cookie(new Cookie(COOKIE, cookie, "/", -1, false, true, null, SameSite.STRICT));
        }
        ctx.attribute(ATTRIBUTE, cookie);
        return cookie;
    }

    /** True when the form field matches a cookie this server signed, and the post comes from this site. */
    static boolean valid(Context ctx) {
        String cookie = ctx.cookie(COOKIE);
        String field = ctx.formParam(FIELD);
        if (field == null || !signed(cookie, ctx.appData(SECRET)) || !sameSite(ctx)) {
            return false;
        }
        return MessageDigest.isEqual(cookie.getBytes(StandardCharsets.US_ASCII),
                field.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The Origin header, or the Referer without one, must name this server; neither (old clients) is
     * allowed. "Origin: null" (a sandboxed frame, a data: page) is another site.
     */
    private static boolean sameSite(Context ctx) {
        String origin = ctx.header("Origin");
        String from = origin != null ? origin : ctx.header("Referer");
        if (from == null) {
            return true;
        }
        try {
            URI u = URI.create(from);
            String host = ctx.host();
            return host != null && u.getRawAuthority() != null && u.getRawAuthority().equalsIgnoreCase(host);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean signed(String token, byte[] secret) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}")) {
            return false;
        }
        int dot = token.indexOf('.');
        return MessageDigest.isEqual(signature(token.substring(0, dot), secret).getBytes(StandardCharsets.US_ASCII),
                token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII));
    }

    private static String signature(String nonce, byte[] secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return B64.encodeToString(mac.doFinal(nonce.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
