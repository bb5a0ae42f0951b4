package org.pairdoctor.store;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.config.JdbiConfig;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * A handle's prepared statements, kept for the handle's life. The group-commit writer keeps one
 * handle open, so the statements of every answer are compiled once, not once per write (SQLite's
 * prepare was about a third of a turn's cost). The pool closes them with their connection.
 *
 * <p>A JDBI configuration, so each handle gets its own (empty) copy. Not thread-safe: a handle
 * belongs to one thread at a time.
 */
public final class PreparedStatements implements JdbiConfig<PreparedStatements> {
    private final Map<String, PreparedStatement> statements = new HashMap<>();

    public PreparedStatements() {
    }

    /** The statement for {@code sql} on this handle, prepared on first use; do not close it. */
    static PreparedStatement of(Handle h, String sql) throws SQLException {
        PreparedStatements cache = h.getConfig(PreparedStatements.class);
        PreparedStatement ps = cache.statements.get(sql);
        if (ps == null || ps.isClosed()) {
            ps = h.getConnection().prepareStatement(sql);
            cache.statements.put(sql, ps);
        } else {
            ps.clearParameters();
        }
        return ps;
    }

    @Override
    public PreparedStatements createCopy() {
        return new PreparedStatements();
    }
}
