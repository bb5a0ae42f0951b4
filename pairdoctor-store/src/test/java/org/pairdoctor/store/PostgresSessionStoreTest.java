package org.pairdoctor.store;

/**
 * The store contract on the real PostgreSQL server of {@code PAIRDOCTOR_TEST_PG_URL}, each test in
 * its own fresh schema.
 */
class PostgresSessionStoreTest extends SessionStoreContract {
    private String url;

    @Override
    String url() {
        if (url == null) {
            url = TestDatabases.freshPostgresSchema();
        }
        return url;
    }

    @Override
    void cleanUp() {
        if (url != null) {
            TestDatabases.dropPostgresSchema(url);
        }
    }
}
