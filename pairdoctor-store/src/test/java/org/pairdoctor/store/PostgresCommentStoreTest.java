package org.pairdoctor.store;

class PostgresCommentStoreTest extends CommentStoreContract {
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
