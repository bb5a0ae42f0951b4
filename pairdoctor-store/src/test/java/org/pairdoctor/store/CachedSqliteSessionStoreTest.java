package org.pairdoctor.store;

import org.junit.jupiter.api.io.TempDir;
import org.pairdoctor.core.session.SessionStore;

import java.nio.file.Path;

/** The store contract, unchanged, on the server's write-through cache over a real SQLite file. */
class CachedSqliteSessionStoreTest extends JdbcSessionStoreContract {
    @TempDir
    Path dir;

    @Override
    String url() {
        return TestDatabases.sqliteUrl(dir);
    }

    @Override
    SessionStore storeOver(Database database) {
        return new CachedSessionStore(new JdbcSessionStore(database));
    }

    @Override
    void cleanUp() {
    }
}
