package org.pairdoctor.web;

/**
 * Finds extra {@link WebModule}s at start without editing the server or the {@code serve} command:
 * a provider is listed in {@code META-INF/services/org.pairdoctor.web.WebModuleProvider} and
 * {@link WebEnvironment#discoverModules()} creates its module from what the server runs on.
 */
public interface WebModuleProvider {
    WebModule create(WebEnvironment environment);
}
