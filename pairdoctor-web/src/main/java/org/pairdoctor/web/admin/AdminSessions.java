package org.pairdoctor.web.admin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Logged-in admin sessions, in this server's memory: a random token in the cookie, its SHA-256 as
 * the key here (so a heap dump holds no usable token). A login lasts a fixed time; a restart
 * logs everyone out, which is fine for the few admins there are. Thread-safe.
 */
final class AdminSessions {
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Instant> expiries = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration length;

    AdminSessions(Clock clock, Duration length) {
        this.clock = clock;
        this.length = length;
    }

    /** Starts a session and returns the token for the cookie. */
    String start() {
        byte[] b = new byte[32];
        random.nextBytes(b);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(b);
        Instant now = clock.instant();
        expiries.entrySet().removeIf(e -> !e.getValue().isAfter(now));
        expiries.put(key(token), now.plus(length));
        return token;
    }

    boolean valid(String token) {
        if (token == null || token.length() != 43) {
            return false;
        }
        Instant until = expiries.get(key(token));
        return until != null && until.isAfter(clock.instant());
    }

    void end(String token) {
        if (token != null) {
            expiries.remove(key(token));
        }
    }

    Duration length() {
        return length;
    }

    private static String key(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
