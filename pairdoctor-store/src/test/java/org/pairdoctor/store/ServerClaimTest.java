package org.pairdoctor.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ServerClaimTest {
    @TempDir
    Path dir;

    @Test
    void aSecondServerOnTheSameSqliteFileIsRefusedWithWhatToDo() {
        try (Database db = Database.openDirectory(dir);
             ServerClaim first = ServerClaim.claim(db)) {
            assertThat(first.exclusive()).isTrue();
            try (Database again = Database.openDirectory(dir)) {
                assertThatThrownBy(() -> ServerClaim.claim(again))
                        .isInstanceOf(StoreException.class)
                        .hasMessageContaining("another pairdoctor server is already serving from "
                                + dir.resolve(Database.FILE_NAME).toAbsolutePath())
                        .hasMessageContaining("--data DIR")
                        .hasMessageContaining("PostgreSQL");
            }
        }
    }

    @Test
    void theClaimEndsWithTheServer() {
        try (Database db = Database.openDirectory(dir)) {
            ServerClaim.claim(db).close();
            try (ServerClaim again = ServerClaim.claim(db)) {
                assertThat(again.exclusive()).isTrue();
            }
        }
    }

    @Test
    void serversInOtherDirectoriesDoNotMeet() {
        try (Database a = Database.openDirectory(dir.resolve("a"));
             Database b = Database.openDirectory(dir.resolve("b"));
             ServerClaim ca = ServerClaim.claim(a);
             ServerClaim cb = ServerClaim.claim(b)) {
            assertThat(ca.exclusive()).isTrue();
            assertThat(cb.exclusive()).isTrue();
        }
    }

    @Test
    void anUnwritableLockFileIsReportedNotThrownRaw() throws Exception {
        try (Database db = Database.openDirectory(dir)) {
            // A directory where the lock file should be: it cannot be opened for writing.
            java.nio.file.Files.createDirectory(dir.resolve(Database.FILE_NAME + ".serve-lock"));
            assertThatThrownBy(() -> ServerClaim.claim(db))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("cannot lock " + dir.resolve(Database.FILE_NAME + ".serve-lock")
                            .toAbsolutePath());
        }
    }
}
