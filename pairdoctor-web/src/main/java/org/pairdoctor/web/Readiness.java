package org.pairdoctor.web;

import java.util.Optional;

/**
 * Port: whether the server can do its job now, for a load balancer's {@code /readyz} (for example:
 * the database takes a write). The {@code serve} command gives one among the adapters.
 */
@FunctionalInterface
public interface Readiness {
    /** Empty when ready; else what is wrong, for the log (it may quote a driver). */
    Optional<String> problem();
}
