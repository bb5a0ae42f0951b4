package org.pairdoctor.web.admin;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * How the admin pages are protected. There is no default password: without
 * {@value #PASSWORD_HASH_ENV} the admin pages explain how to set one and grant nothing.
 *
 * @param password the operator's password hash, empty when none is set
 * @param sessionLength how long a login lasts
 */
public record AdminSettings(Optional<PasswordHash> password, Duration sessionLength) {
    /** The environment variable holding the output of {@code pairdoctor admin hash-password}. */
    public static final String PASSWORD_HASH_ENV = "PAIRDOCTOR_ADMIN_PASSWORD_HASH";

    public static AdminSettings of(PasswordHash password) {
        return new AdminSettings(Optional.of(password), Duration.ofHours(8));
    }

    public static AdminSettings disabled() {
        return new AdminSettings(Optional.empty(), Duration.ofHours(8));
    }

    /**
     * From the environment; a set but malformed hash is an error (the server should not start with
     * an admin password the operator thinks is set but is not).
     */
    public static AdminSettings fromEnvironment(Map<String, String> env) {
        String value = env.get(PASSWORD_HASH_ENV);
        if (value == null || value.isBlank()) {
            return disabled();
        }
        try {
            return of(PasswordHash.parse(value));
        } catch (org.pairdoctor.core.PairdoctorException e) {
            throw new org.pairdoctor.core.PairdoctorException(PASSWORD_HASH_ENV + ": " + e.getMessage());
        }
    }

    public boolean enabled() {
        return password.isPresent();
    }
}
