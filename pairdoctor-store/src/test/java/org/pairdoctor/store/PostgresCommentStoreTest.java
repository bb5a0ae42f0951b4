package org.pairdoctor.store;

class PostgresCommentStoreTest extends CommentStoreContract {
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
