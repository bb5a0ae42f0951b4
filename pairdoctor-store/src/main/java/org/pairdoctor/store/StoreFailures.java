package org.pairdoctor.store;

import org.pairdoctor.core.Failure;

import java.sql.SQLException;

/**
 * A driver's failure as a typed one: a refused constraint (SQLState class 23 on PostgreSQL, the
 * SQLITE_CONSTRAINT family on SQLite) is a {@link Failure#CONFLICT} with stored data; anything else
 * (down, full, closed, an I/O error) means the database cannot be used now, {@link Failure#UNAVAILABLE}.
 */
final class StoreFailures {
    /** SQLite's primary result code for a refused constraint (extended codes keep it in the low byte). */
    private static final int SQLITE_CONSTRAINT = 19;

    private StoreFailures() {
    }

    /** @param what what was being done, e.g. "read" or "write to" (the database) */
    static StoreException of(Database.Dialect dialect, String what, Throwable e) {
        Failure kind = constraintViolation(dialect, e) ? Failure.CONFLICT : Failure.UNAVAILABLE;
        return new StoreException(kind, "cannot " + what + " the database: " + Database.rootMessage(e), e);
    }

    private static boolean constraintViolation(Database.Dialect dialect, Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                boolean refused = dialect == Database.Dialect.SQLITE
                        ? (sql.getErrorCode() & 0xff) == SQLITE_CONSTRAINT
                        : sql.getSQLState() != null && sql.getSQLState().startsWith("23");
                if (refused) {
                    return true;
                }
            }
        }
        return false;
    }
}
