package org.pairdoctor.web;

import io.javalin.config.JavalinConfig;

/**
 * Extra pages or endpoints plugged into the server without editing it (statistics, admin). A module
 * adds routes through {@code config.routes}; its templates can use the shared {@code layout.jte}
 * and are rendered with {@code ctx.render("name.jte", Map.of(...))}. Security headers, the body
 * limit, CSRF checking of form posts and the error pages apply to module routes too: a module's
 * HTML forms must carry the hidden field {@link Csrf#FIELD} with the value of
 * {@link Csrf#token(io.javalin.http.Context)}.
 */
@FunctionalInterface
public interface WebModule {
    void register(JavalinConfig config);
}
