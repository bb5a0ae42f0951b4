package org.pairdoctor.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatabaseTest {
    @TempDir
    Path dir;

    @Test
    void sqliteRunsInWalModeWithForeignKeysAndABusyTimeout() {
        try (Database db = Database.openDirectory(dir.resolve("nested/data"))) {
            assertThat(Files.exists(dir.resolve("nested/data").resolve(Database.FILE_NAME))).isTrue();
            assertThat(db.dialect()).isEqualTo(Database.Dialect.SQLITE);
            db.read(h -> {
                assertThat(h.createQuery("PRAGMA journal_mode").mapTo(String.class).one()).isEqualToIgnoringCase("wal");
                assertThat(h.createQuery("PRAGMA foreign_keys").mapTo(Integer.class).one()).isEqualTo(1);
                assertThat(h.createQuery("PRAGMA busy_timeout").mapTo(Integer.class).one()).isGreaterThanOrEqualTo(1000);
                assertThat(h.createQuery("PRAGMA synchronous").mapTo(Integer.class).one()).isEqualTo(2);
                return null;
            });
        }
    }

    @Test
    void migrationsAreAppliedOnceAndReopeningKeepsTheSchema() {
        Database.openDirectory(dir).close();
        try (Database db = Database.openDirectory(dir)) {
            int applied = db.read(h -> h.createQuery(
                    "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE success = 1").mapTo(Integer.class).one());
            assertThat(applied).isGreaterThanOrEqualTo(1);
        }
    }

    @Test
    void anUnsupportedUrlIsRejectedNamingWhatIsExpected() {
        assertThatThrownBy(() -> Database.open("jdbc:mysql://localhost/x"))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("unsupported database URL 'jdbc:mysql://localhost/x'")
                .hasMessageContaining("jdbc:sqlite:FILE");
        assertThatThrownBy(() -> Database.open(" "))
                .isInstanceOf(StoreException.class).hasMessageContaining("no database URL");
        assertThatThrownBy(() -> Database.open("jdbc:sqlite::memory:"))
                .isInstanceOf(StoreException.class).hasMessageContaining("give a file path");
    }

    @Test
    void aDataDirectoryThatCannotBeCreatedIsReportedClearly() throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "not a directory");
        assertThatThrownBy(() -> Database.openDirectory(file.resolve("data")))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("cannot create the data directory")
                .hasMessageContaining(file.resolve("data").toString());
    }

    @Test
    void anUnreachableServerFailsFastWithoutShowingThePassword() {
        Instant start = Instant.now();
        assertThatThrownBy(() -> Database.open("jdbc:postgresql://127.0.0.1:1/x?user=u&password=s3cret"))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("cannot connect to the database jdbc:postgresql://127.0.0.1:1/x")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("s3cret"));
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(15));
    }

    @Test
    void passwordsAreRedactedFromUrls() {
        assertThat(Database.redact("jdbc:postgresql://h/db?user=a&password=xyz&ssl=true"))
                .isEqualTo("jdbc:postgresql://h/db?user=a&password=***&ssl=true");
        assertThat(Database.redact("jdbc:postgresql://bob:pw@h/db")).isEqualTo("jdbc:postgresql://bob:***@h/db");
    }

    @Test
    void theSqliteUrlOfADataDirectoryNamesTheFileInIt() {
        assertThat(Database.sqliteUrl(Path.of("/var/lib/pd"))).isEqualTo("jdbc:sqlite:/var/lib/pd/pairdoctor.db");
        assertThat(Database.defaultDirectory().getFileName().toString()).isEqualTo("pairdoctor");
    }
}
