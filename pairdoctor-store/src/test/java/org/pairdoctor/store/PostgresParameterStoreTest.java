package org.pairdoctor.store;

class PostgresParameterStoreTest extends ParameterStoreContract {
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
