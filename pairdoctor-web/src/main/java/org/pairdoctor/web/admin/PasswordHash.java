package org.pairdoctor.web.admin;

import org.pairdoctor.core.PairdoctorException;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

/**
 * The admin password as the operator stores it: a PBKDF2-HMAC-SHA256 hash with its salt and
 * iteration count, written {@code pbkdf2-sha256:ITERATIONS:SALT:HASH} (Base64, no {@code $}, so it
 * survives shells and systemd unit files unquoted). The password itself is never stored.
 * Immutable and thread-safe.
 */
public final class PasswordHash {
    /** Iterations for new hashes: OWASP's 2023 advice for PBKDF2-HMAC-SHA256. */
    public static final int ITERATIONS = 600_000;
    /** Fewer iterations than this are refused when reading a hash: too cheap to guess. */
    static final int MIN_ITERATIONS = 10_000;
    /** Shortest password {@link #create} accepts. */
    public static final int MIN_PASSWORD_LENGTH = 12;
    private static final String PREFIX = "pbkdf2-sha256";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;

    private final int iterations;
    private final byte[] salt;
    private final byte[] hash;

    private PasswordHash(int iterations, byte[] salt, byte[] hash) {
        this.iterations = iterations;
        this.salt = salt;
        this.hash = hash;
    }

    /** Hashes a new password with a fresh random salt. */
    public static PasswordHash create(char[] password, SecureRandom random, int iterations) {
        if (password.length < MIN_PASSWORD_LENGTH) {
            throw new PairdoctorException("the admin password must have at least " + MIN_PASSWORD_LENGTH
                    + " characters; it has " + password.length);
        }
        if (iterations < MIN_ITERATIONS) {
            throw new PairdoctorException("at least " + MIN_ITERATIONS + " iterations, not " + iterations);
        }
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        return new PasswordHash(iterations, salt, derive(password, salt, iterations));
    }

    /**
     * Reads an encoded hash.
     *
     * @throws PairdoctorException naming what is wrong when it is not one
     */
    public static PasswordHash parse(String encoded) {
        String[] parts = encoded == null ? new String[0] : encoded.strip().split(":", -1);
        if (parts.length != 4 || !parts[0].equals(PREFIX)) {
            throw new PairdoctorException("not a pairdoctor password hash: expected " + PREFIX
                    + ":ITERATIONS:SALT:HASH; create one with 'pairdoctor admin hash-password'");
        }
        int iterations;
        byte[] salt;
        byte[] hash;
        try {
            iterations = Integer.parseInt(parts[1]);
            salt = Base64.getDecoder().decode(parts[2]);
            hash = Base64.getDecoder().decode(parts[3]);
        } catch (IllegalArgumentException e) {
            throw new PairdoctorException("the password hash is damaged (" + e.getMessage()
                    + "); create a new one with 'pairdoctor admin hash-password'");
        }
        if (iterations < MIN_ITERATIONS || salt.length < 8 || hash.length != HASH_BITS / 8) {
            throw new PairdoctorException("the password hash is too weak or damaged (" + iterations
                    + " iterations, " + salt.length + "-byte salt, " + hash.length
                    + "-byte hash); create a new one with 'pairdoctor admin hash-password'");
        }
        return new PasswordHash(iterations, salt, hash);
    }

    /** True when {@code password} is the one hashed; the comparison takes the same time however it differs. */
    public boolean matches(char[] password) {
        return MessageDigest.isEqual(hash, derive(password, salt, iterations));
    }

    /** The form {@link #parse} reads. */
    public String encoded() {
        Base64.Encoder b64 = Base64.getEncoder();
        return PREFIX + ":" + iterations + ":" + b64.encodeToString(salt) + ":" + b64.encodeToString(hash);
    }

    @Override
    public String toString() {
        return PREFIX + " hash (" + iterations + " iterations)";
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java 17 runtime", e);
        } finally {
            spec.clearPassword();
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PasswordHash p && p.iterations == iterations && Arrays.equals(p.salt, salt)
                && Arrays.equals(p.hash, hash);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(hash);
    }
}
