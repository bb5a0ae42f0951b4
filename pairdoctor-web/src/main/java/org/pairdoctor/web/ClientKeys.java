package org.pairdoctor.web;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

/**
 * A session's client key: a keyed hash (HMAC-SHA-256 with a secret kept with the data) of the
 * client's network, so learning can cap what one client contributes without the address itself
 * being stored. An IPv4 address is one client; an IPv6 client is its /64, the block one subscriber
 * gets, in which a script can take a new address for every request. Thread-safe.
 */
public final class ClientKeys {
    private final byte[] secret;
    /** Keys already worked out, by address: a keyed hash per request cost more than the rest of the check. */
    private final com.github.benmanes.caffeine.cache.Cache<String, String> known =
            com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumSize(10_000).build();

    public ClientKeys(byte[] secret) {
        if (secret.length < 16) {
            throw new IllegalArgumentException("a client-key secret needs at least 16 bytes, had " + secret.length);
        }
        this.secret = secret.clone();
    }

    /** Keys under a fresh random secret (a server without a store of its own secrets: tests). */
    public static ClientKeys random() {
        byte[] b = new byte[32];
        new SecureRandom().nextBytes(b);
        return new ClientKeys(b);
    }

    /** The key of the client at {@code address} (as the server sees it: literal IPv4 or IPv6). */
    public String of(String address) {
        return known.get(address == null ? "" : address, this::keyOf);
    }

    private String keyOf(String address) {
        byte[] network = network(address);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(mac.doFinal(network), 16));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private static byte[] network(String address) {
        String a = address == null ? "" : address.trim();
        if (a.startsWith("[") && a.endsWith("]")) {
            a = a.substring(1, a.length() - 1);
        }
        int zone = a.indexOf('%');
        if (zone >= 0) {
            a = a.substring(0, zone);
        }
        // Only literals are parsed (a colon or digits and dots), so no name is ever looked up.
        if (!a.isEmpty() && (a.indexOf(':') >= 0 || a.matches("[0-9.]+"))) {
            try {
                byte[] b = InetAddress.getByName(a).getAddress();
                return b.length == 16 ? Arrays.copyOf(b, 8) : b;
            } catch (UnknownHostException e) {
                // not a literal after all: fall through to the text
            }
        }
        return a.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
