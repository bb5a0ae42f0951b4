package org.pairdoctor.store;

import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

class SqliteCommentStoreTest extends CommentStoreContract {
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
