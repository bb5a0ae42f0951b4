package org.pairdoctor.store;

import org.pairdoctor.core.session.InMemorySessionStore;
import org.pairdoctor.core.session.SessionStore;

/**
 * The store contract, unchanged, on the core's in-memory store (simulations and web tests use it, so
 * it must behave as the databases do). It lives here, beside the contract, since the core cannot
 * see this module's tests; a restart of a process keeping sessions in memory is modelled as the
 * same store.
 */
class InMemorySessionStoreTest extends SessionStoreContract {
    @Override
    SessionStore openStore() {
        return new InMemorySessionStore();
    }

    @Override
    void closeStore() {
    }

    @Override
    SessionStore restart() {
        return store;
    }
}
