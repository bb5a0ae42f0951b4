package org.pairdoctor.web.admin;

import org.pairdoctor.core.PairdoctorException;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * The admin password, stored only as a PBKDF2-HMAC-SHA256 hash from the JDK:
 * {@code pbkdf2-sha256$ITERATIONS$SALT$HASH} (Base64). There is no default password: without a
 * hash in {@code PAIRDOCTOR_ADMIN_PASSWORD_HASH} the admin pages are disabled. Make a hash with
 * {@code java -cp pairdoctor.jar org.pairdoctor.web.admin.AdminPassword} (reads the password from
 * the console).
 */
public final class AdminPassword {
    public static final String ENV = "PAIRDOCTOR_ADMIN_PASSWORD_HASH";
    static final int ITERATIONS = 210_000;
    private final String encoded;
    private final int iterations;
    private final byte[] salt;
    private final byte[] hash;

    private AdminPassword(String encoded) {
        String[] p = encoded.trim().split("\\$");
        try {
            if (p.length != 4 || !p[0].equals("pbkdf2-sha256")) {
                throw new IllegalArgumentException("not pbkdf2-sha256$ITERATIONS$SALT$HASH");
            }
            this.iterations = Integer.parseInt(p[1]);
            this.salt = Base64.getDecoder().decode(p[2]);
            this.hash = Base64.getDecoder().decode(p[3]);
            if (iterations < 10_000 || salt.length < 16 || hash.length < 32) {
                throw new IllegalArgumentException("too weak (need >= 10000 iterations, 16-byte salt, 32-byte hash)");
            }
        } catch (IllegalArgumentException e) {
            throw new PairdoctorException(ENV + " is not a password hash made by pairdoctor: " + e.getMessage());
        }
        this.encoded = encoded.trim();
    }

    /** The configured password, or empty (admin disabled) when the variable is unset or blank. */
    public static Optional<AdminPassword> fromEnvironment() {
        return parse(System.getenv(ENV));
    }

    public static Optional<AdminPassword> parse(String encoded) {
        return encoded == null || encoded.isBlank() ? Optional.empty() : Optional.of(new AdminPassword(encoded));
    }

    /** A new hash of {@code password} with a random salt. */
    public static String hash(char[] password) {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        return "pbkdf2-sha256$" + ITERATIONS + "$" + Base64.getEncoder().encodeToString(salt) + "$"
                + Base64.getEncoder().encodeToString(derive(password, salt, ITERATIONS, 32));
    }

    /** True when {@code password} is the admin password (constant-time comparison). */
    public boolean matches(char[] password) {
        return MessageDigest.isEqual(hash, derive(password, salt, iterations, hash.length));
    }

    @Override
    public String toString() {
        return "AdminPassword[" + encoded.substring(0, encoded.indexOf('$', 14)) + "$...]";
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations, int bytes) {
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(new PBEKeySpec(password, salt, iterations, bytes * 8)).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK always has PBKDF2WithHmacSHA256", e);
        }
    }

    /** Prints a hash for a password read from the console (not echoed). */
    public static void main(String[] args) {
        java.io.Console console = System.console();
        char[] pw = console != null ? console.readPassword("Admin password: ")
                : new java.util.Scanner(System.in).nextLine().toCharArray();
        if (pw == null || pw.length < 10) {
            System.err.println("pairdoctor: the admin password needs at least 10 characters");
            System.exit(2);
        }
        System.out.println(ENV + "='" + hash(pw) + "'");
    }
}
