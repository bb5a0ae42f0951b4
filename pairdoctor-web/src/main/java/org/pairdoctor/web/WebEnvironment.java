package org.pairdoctor.web;

import org.pairdoctor.core.session.ModelSource;
import org.pairdoctor.core.session.SessionService;
import org.pairdoctor.core.session.SessionStore;
import org.pairdoctor.web.content.Catalogue;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * What the server runs on, handed to {@link WebModuleProvider}s: the ports, plus adapter objects the
 * {@code serve} command opened (for example the store module's {@code Database} or the
 * {@code KnowledgeBase}), looked up by type so this module need not depend on them.
 */
public record WebEnvironment(Catalogue catalogue, ModelSource models, SessionService sessions, SessionStore store,
                             Clock clock, List<Object> adapters) {
    public WebEnvironment {
        adapters = List.copyOf(adapters);
    }

    /** The first adapter object of a type, e.g. {@code adapter(Database.class)}. */
    public <T> Optional<T> adapter(Class<T> type) {
        return adapters.stream().filter(type::isInstance).map(type::cast).findFirst();
    }

    /** Modules of every {@link WebModuleProvider} on the class path. */
    public List<WebModule> discoverModules() {
        List<WebModule> modules = new ArrayList<>();
        for (WebModuleProvider p : ServiceLoader.load(WebModuleProvider.class)) {
            modules.add(p.create(this));
        }
        return modules;
    }
}
