package org.pairdoctor.store;

import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** The store contract on a real SQLite file in a temporary directory. */
class SqliteSessionStoreTest extends JdbcSessionStoreContract {
    @TempDir
    Path dir;

    @Override
    String url() {
        return TestDatabases.sqliteUrl(dir);
    }

    @Override
    void cleanUp() {
    }
}
