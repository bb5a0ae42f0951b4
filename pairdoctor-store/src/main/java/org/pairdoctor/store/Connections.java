package org.pairdoctor.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.pairdoctor.core.Failure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * How a database URL becomes a connection pool: the SQLite file's directory prepared and checked
 * (with a message that says what to do), the pool sized and timed for each dialect.
 */
final class Connections {
    private Connections() {
    }

    static String sqliteFileName(String url) {
        String file = url.substring("jdbc:sqlite:".length());
        int query = file.indexOf('?');
        return query >= 0 ? file.substring(0, query) : file;
    }

    static void prepareSqliteFile(String url) {
        String file = sqliteFileName(url);
        if (file.isBlank() || file.equals(":memory:") || file.startsWith("file:")) {
            throw new StoreException(Failure.INVALID_INPUT, "unsupported SQLite URL '" + url + "': give a file path, e.g. "
                    + "jdbc:sqlite:/var/lib/pairdoctor/pairdoctor.db");
        }
        Path path;
        try {
            path = Path.of(file).toAbsolutePath();
        } catch (InvalidPathException e) {
            throw new StoreException(Failure.INVALID_INPUT, "invalid database file path '" + file + "': " + e.getMessage());
        }
        Path dir = path.getParent();
        try {
            Files.createDirectories(dir);
        } catch (IOException | SecurityException e) {
            throw new StoreException(Failure.INVALID_INPUT, "cannot create the data directory " + dir + ": " + describe(e)
                    + "; choose another with --data DIR or --db URL", e);
        }
        if (Files.isDirectory(path)) {
            throw new StoreException(Failure.INVALID_INPUT, "the database file " + path + " is a directory");
        }
        if (!Files.isWritable(dir)) {
            throw new StoreException(Failure.INVALID_INPUT, "the data directory " + dir + " is not writable; choose another with "
                    + "--data DIR or --db URL");
        }
        if (Files.exists(path) && !Files.isWritable(path)) {
            throw new StoreException(Failure.INVALID_INPUT, "the database file " + path + " is not writable");
        }
    }

    static HikariDataSource connect(String url, Database.Dialect dialect) {
        HikariConfig c = new HikariConfig();
        c.setJdbcUrl(url);
        c.setPoolName("pairdoctor-" + dialect.name().toLowerCase());
        c.setInitializationFailTimeout(1);
        if (dialect == Database.Dialect.SQLITE) {
            c.setDriverClassName("org.sqlite.JDBC");
            c.setMaximumPoolSize(8);
            // A local file: waiting for a free connection is waiting for other requests, not a server.
            c.setConnectionTimeout(10_000);
            c.addDataSourceProperty("journal_mode", "WAL");
            c.addDataSourceProperty("synchronous", "FULL");
            c.addDataSourceProperty("busy_timeout", "10000");
            c.addDataSourceProperty("foreign_keys", "true");
        } else {
            c.setDriverClassName("org.postgresql.Driver");
            c.setMaximumPoolSize(16);
            c.setMinimumIdle(2);
            // Fail fast while the server is down (503 within about a second), instead of holding a
            // request thread for the pool's default 30 s; the pool reconnects once it is back.
            c.setConnectionTimeout(Database.CONNECTION_TIMEOUT_MS);
            c.addDataSourceProperty("connectTimeout", String.valueOf(Math.max(1, Database.CONNECTION_TIMEOUT_MS / 1000)));
        }
        try {
            return new HikariDataSource(c);
        } catch (RuntimeException e) {
            throw new StoreException("cannot connect to the database " + Database.redact(url) + ": " + Database.rootMessage(e), e);
        }
    }

    private static String describe(Exception e) {
        if (e instanceof java.nio.file.FileAlreadyExistsException) {
            return "a file of that name is in the way";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
