package org.pairdoctor.store;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Secrets kept with the data (table {@code server_secrets}): made once, at random, by the first
 * server that asks, and then the same for every restart and every server sharing the database.
 * Thread-safe.
 */
public final class ServerSecrets {
    /** The key that hashes client addresses into session client keys. */
    public static final String CLIENT_KEY = "client-key";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Database db;

    public ServerSecrets(Database db) {
        this.db = db;
    }

    /** The 32-byte secret called {@code name}, made now if there is none yet. */
    public byte[] secret(String name) {
        byte[] fresh = new byte[32];
        RANDOM.nextBytes(fresh);
        String value = db.write(h -> {
            // Two servers starting at once: the first insert wins and both read the winner.
            h.createUpdate("INSERT INTO server_secrets (name, value) VALUES (:name, :value) ON CONFLICT (name) DO NOTHING")
                    .bind("name", name).bind("value", Base64.getEncoder().encodeToString(fresh)).execute();
            return h.createQuery("SELECT value FROM server_secrets WHERE name = :name").bind("name", name)
                    .mapTo(String.class).one();
        });
        return Base64.getDecoder().decode(value);
    }
}
