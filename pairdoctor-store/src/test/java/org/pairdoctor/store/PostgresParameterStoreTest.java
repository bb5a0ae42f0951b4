package org.pairdoctor.store;

class PostgresParameterStoreTest extends ParameterStoreContract {
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
