package org.pairdoctor.web;

/**
 * Plugs {@code /healthz} and {@code /readyz} into {@code serve}, with the {@link Readiness} among the
 * environment's adapters (without one, {@code /readyz} reports ready whenever the process is up).
 */
public final class HealthModuleProvider implements WebModuleProvider {
    @Override
    public WebModule create(WebEnvironment environment) {
        return new HealthModule(environment.adapter(Readiness.class).orElse(java.util.Optional::empty));
    }
}
