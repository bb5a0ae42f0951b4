package org.pairdoctor.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.Optional;

/**
 * Health checks for a load balancer: {@code GET /healthz} answers 200 while the process serves
 * requests (it checks nothing else); {@code GET /readyz} answers 200 when {@link Readiness} finds
 * nothing wrong (the database takes a write), else 503 with {@code Retry-After} and the detail in
 * the log only.
 */
public final class HealthModule implements WebModule {
    private static final Logger LOG = LoggerFactory.getLogger(HealthModule.class);

    private final Readiness readiness;

    public HealthModule(Readiness readiness) {
        this.readiness = readiness;
    }

    @Override
    public void register(JavalinConfig config) {
        config.routes.get("/healthz", ctx -> ctx.json(Map.of("status", "up")));
        config.routes.get("/readyz", this::ready);
    }

    private void ready(Context ctx) {
        Optional<String> problem;
        try {
            problem = readiness.problem();
        } catch (RuntimeException e) {
            problem = Optional.of(String.valueOf(e.getMessage()));
        }
        if (problem.isEmpty()) {
            ctx.json(Map.of("status", "ready"));
            return;
        }
        LOG.warn("not ready: {}", problem.get());
        ctx.header("Retry-After", String.valueOf(Failures.RETRY_AFTER_SECONDS));
        ctx.status(503).json(Map.of("status", "unavailable", "message", "not ready to serve: the database does not "
                + "take writes now"));
    }
}
