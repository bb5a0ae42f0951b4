package org.pairdoctor.store;

/**
 * A fresh schema on the PostgreSQL server of {@code PAIRDOCTOR_TEST_PG_URL}, made on first use (so a
 * test skipped for a missing server makes none) and dropped after the test.
 */
final class PostgresSchema {
    private String url;

    String url() {
        if (url == null) {
            url = TestDatabases.freshPostgresSchema();
        }
        return url;
    }

    void drop() {
        if (url != null) {
            TestDatabases.dropPostgresSchema(url);
        }
    }
}
