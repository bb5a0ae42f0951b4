package org.pairdoctor.store;

/**
 * The store contract on the real PostgreSQL server of {@code PAIRDOCTOR_TEST_PG_URL}, each test in
 * its own fresh schema.
 */
class PostgresSessionStoreTest extends JdbcSessionStoreContract {
    private final PostgresSchema schema = new PostgresSchema();

    @Override
    String url() {
        return schema.url();
    }

    @Override
    void cleanUp() {
        schema.drop();
    }
}
