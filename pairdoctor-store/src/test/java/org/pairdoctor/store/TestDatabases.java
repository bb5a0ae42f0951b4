package org.pairdoctor.store;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * Real databases for tests: a SQLite file in a temporary directory, or a fresh schema on the
 * PostgreSQL server named by {@code PAIRDOCTOR_TEST_PG_URL}. Without that variable PostgreSQL tests
 * skip outside CI and fail under {@code CI=true}.
 */
public final class TestDatabases {
    public static final String PG_ENV = "PAIRDOCTOR_TEST_PG_URL";

    private TestDatabases() {
    }

    public static String sqliteUrl(Path dir) {
        return Database.sqliteUrl(dir);
    }

    /** The server URL, or a skip (outside CI) / failure (under CI=true) when it is not configured. */
    public static String postgresServerUrl() {
        String url = System.getenv(PG_ENV);
        if (url == null || url.isBlank()) {
            String why = PG_ENV + " is not set: PostgreSQL tests need a real server, e.g. "
                    + "jdbc:postgresql://127.0.0.1:5432/pairdoctor_test?user=pairdoctor&password=pairdoctor "
                    + "(see docs/readme/store.md)";
            if ("true".equals(System.getenv("CI"))) {
                throw new AssertionError(why);
            }
            Assumptions.abort(why);
        }
        return url;
    }

    /** Creates an empty schema on the test server and returns a URL whose connections use it. */
    public static String freshPostgresSchema() {
        String server = postgresServerUrl();
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        execute(server, "CREATE SCHEMA " + schema);
        return server + (server.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    /** Drops the schema a {@link #freshPostgresSchema()} URL names. */
    public static void dropPostgresSchema(String url) {
        String schema = url.substring(url.lastIndexOf("currentSchema=") + "currentSchema=".length());
        execute(postgresServerUrl(), "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }

    private static void execute(String url, String sql) {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new AssertionError("cannot run '" + sql + "' on the test PostgreSQL server: " + e.getMessage(), e);
        }
    }
}
