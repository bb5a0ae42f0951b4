package org.pairdoctor.store;

import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.pairdoctor.core.Failure;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

/**
 * An open, migrated database: SQLite (one file, the default) or PostgreSQL (several servers can
 * share one). Opening validates the URL, creates the SQLite file's directory, connects through a
 * HikariCP pool and applies the Flyway migrations in {@code db/migration}, which are written to
 * run unchanged on both. Thread-safe; close it once at shutdown.
 *
 * <p>SQLite runs in WAL mode with {@code synchronous=FULL} (a commit is on disk before it
 * returns), a busy timeout for other processes and foreign keys on. Writes from this process are
 * serialised by a lock ({@link #write}): SQLite admits one writer at a time anyway, and a lock
 * queues writers fairly instead of letting them sleep in SQLite's busy handler. Frequent small
 * writes go through {@link #writeBatched}: group commit, one fsync for many callers.
 *
 * <p>Every failure of the database itself leaves {@link #read}, {@link #write} and the batched writes
 * as a {@link StoreException}: {@link Failure#CONFLICT} when a constraint refused a row, else
 * {@link Failure#UNAVAILABLE} (down, full, closed, I/O error), never a driver's exception type. On
 * PostgreSQL a connection is waited for at most {@link #CONNECTION_TIMEOUT_MS} ms, so while the server
 * is down requests fail within about a second instead of hanging, and work again once it is back.
 */
public final class Database implements AutoCloseable {
    /** The file name used inside a data directory. */
    public static final String FILE_NAME = "pairdoctor.db";

    /** How long a PostgreSQL request waits for a connection (the pool's and the driver's timeout). */
    static final int CONNECTION_TIMEOUT_MS = 1_000;

    /** Which SQL database is behind the URL. */
    public enum Dialect { SQLITE, POSTGRESQL }

    private final String url;
    private final Dialect dialect;
    private final HikariDataSource pool;
    private final Jdbi jdbi;
    private final ReentrantLock writeLock = new ReentrantLock(true);
    /** SQLite only: one transaction (one fsync) for every write queued meanwhile. */
    private final GroupCommit groupCommit;
    /** SQLite only: where the work that follows an asynchronous write continues (not the writer). */
    private final ExecutorService afterCommit;

    private Database(String url, Dialect dialect, HikariDataSource pool) {
        this.url = url;
        this.dialect = dialect;
        this.pool = pool;
        this.jdbi = Jdbi.create(pool);
        this.groupCommit = dialect == Dialect.SQLITE ? new GroupCommit(jdbi, writeLock, "pairdoctor-group-commit") : null;
        this.afterCommit = dialect == Dialect.SQLITE ? afterCommitThreads() : null;
    }

    /**
     * Opens and migrates the database at a JDBC URL: {@code jdbc:sqlite:FILE} or
     * {@code jdbc:postgresql://HOST[:PORT]/DB?user=...&password=...}.
     *
     * @throws StoreException with a clear message when the URL is not supported, the directory
     *                        cannot be written, the server cannot be reached or a migration fails
     */
    public static Database open(String jdbcUrl) {
        if (jdbcUrl == null || jdbcUrl.isBlank()) {
            throw new StoreException(Failure.INVALID_INPUT, "no database URL given: expected jdbc:sqlite:FILE or "
                    + "jdbc:postgresql://HOST[:PORT]/DATABASE");
        }
        String url = jdbcUrl.trim();
        Dialect dialect;
        if (url.startsWith("jdbc:sqlite:")) {
            dialect = Dialect.SQLITE;
            Connections.prepareSqliteFile(url);
        } else if (url.startsWith("jdbc:postgresql:")) {
            dialect = Dialect.POSTGRESQL;
        } else {
            throw new StoreException(Failure.INVALID_INPUT, "unsupported database URL '" + redact(url)
                    + "': expected jdbc:sqlite:FILE or jdbc:postgresql://HOST[:PORT]/DATABASE");
        }
        HikariDataSource pool = Connections.connect(url, dialect);
        Database db = new Database(url, dialect, pool);
        try {
            db.migrate();
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        return db;
    }

    /** Opens the SQLite database {@value #FILE_NAME} in a data directory, creating the directory. */
    public static Database openDirectory(Path dataDirectory) {
        return open(sqliteUrl(dataDirectory));
    }

    /**
     * Opens what a command line asked for: {@code dbUrl} when given, else the SQLite file in
     * {@code dataDirectory} when given, else the one in {@link #defaultDirectory()}.
     */
    public static Database open(String dbUrl, Path dataDirectory) {
        if (dbUrl != null && !dbUrl.isBlank()) {
            return open(dbUrl);
        }
        return openDirectory(dataDirectory != null ? dataDirectory : defaultDirectory());
    }

    /** The JDBC URL of the SQLite file in a data directory. */
    public static String sqliteUrl(Path dataDirectory) {
        return "jdbc:sqlite:" + dataDirectory.toAbsolutePath().normalize().resolve(FILE_NAME);
    }

    /**
     * The user's data directory for pairdoctor: {@code $XDG_DATA_HOME/pairdoctor} when that is set
     * to an absolute path (as the XDG base directory specification requires), else
     * {@code ~/.local/share/pairdoctor}.
     */
    public static Path defaultDirectory() {
        String xdg = System.getenv("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "pairdoctor");
        }
        return Path.of(System.getProperty("user.home"), ".local", "share", "pairdoctor");
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public DataSource dataSource() {
        return pool;
    }

    public Dialect dialect() {
        return dialect;
    }

    /** The SQLite database file; empty on PostgreSQL. */
    public Optional<Path> sqliteFile() {
        return dialect == Dialect.SQLITE ? Optional.of(Path.of(Connections.sqliteFileName(url)).toAbsolutePath()) : Optional.empty();
    }

    /** The URL with any password removed, safe to print. */
    public String displayUrl() {
        return redact(url);
    }

    /**
     * Runs a writing unit of work on one handle. On SQLite writers from this process take turns;
     * on PostgreSQL they run concurrently and the database's constraints arbitrate.
     */
    public <R, X extends Exception> R write(HandleCallback<R, X> work) throws X {
        try {
            if (dialect != Dialect.SQLITE) {
                return jdbi.withHandle(work);
            }
            writeLock.lock();
            try {
                return jdbi.withHandle(work);
            } finally {
                writeLock.unlock();
            }
        } catch (JdbiException e) {
            throw failure("write to", e);
        }
    }

    /**
     * Runs a small writing unit of work in a transaction and returns once it is committed
     * (durable). On SQLite the units of concurrent callers share one transaction and one fsync
     * ({@link GroupCommit}): each runs in its own savepoint, so a unit that throws is undone and
     * fails its own caller alone. On PostgreSQL each unit is its own transaction (the server groups
     * concurrent commits itself). The work must not begin, commit or roll back transactions.
     */
    public <R> R writeBatched(HandleCallback<R, RuntimeException> work) {
        if (groupCommit == null) {
            try {
                return jdbi.inTransaction(translated(work)::withHandle);
            } catch (JdbiException e) {
                throw failure("write to", e);
            }
        }
        return groupCommit.write(translated(work));
    }

    /**
     * {@link #writeBatched} without holding the caller's thread until the commit (SQLite): the
     * future completes once the write is durable, on one of a few threads kept for that, never on
     * the writer thread. On PostgreSQL the write runs on the caller's thread and the future is
     * already complete.
     */
    public <R> CompletableFuture<R> writeBatchedAsync(HandleCallback<R, RuntimeException> work) {
        if (groupCommit == null) {
            try {
                return CompletableFuture.completedFuture(writeBatched(work));
            } catch (RuntimeException e) {
                return CompletableFuture.failedFuture(e);
            }
        }
        return groupCommit.writeAsync(translated(work), afterCommit);
    }

    /** SQLite: how many group-commit transactions were committed so far (0 on PostgreSQL). */
    public long groupCommitCount() {
        return groupCommit == null ? 0 : groupCommit.commits();
    }

    /** Runs a reading unit of work on one handle. */
    public <R, X extends Exception> R read(HandleCallback<R, X> work) throws X {
        try {
            return jdbi.withHandle(work);
        } catch (JdbiException e) {
            throw failure("read", e);
        }
    }

    /**
     * Writes and reads back one row (table {@code readiness}), as a load balancer's readiness check.
     * Never throws.
     *
     * @return empty when the database takes writes now; else what failed (it may quote the driver)
     */
    public Optional<String> writeProblem() {
        try {
            long now = System.currentTimeMillis();
            // One transaction: a concurrent check cannot write between this one's write and read.
            Long back = write(h -> h.inTransaction(tx -> {
                tx.execute("UPDATE readiness SET checked_at_ms = ? WHERE id = 1", now);
                return tx.createQuery("SELECT checked_at_ms FROM readiness WHERE id = 1").mapTo(Long.class).one();
            }));
            return back != null && back == now ? Optional.empty()
                    : Optional.of("the readiness row read back " + back + " instead of " + now);
        } catch (RuntimeException e) {
            return Optional.of(String.valueOf(e.getMessage()));
        }
    }

    /** A unit of work whose JDBI failures become {@link StoreException}s inside the transaction. */
    private <R> HandleCallback<R, RuntimeException> translated(HandleCallback<R, RuntimeException> work) {
        return h -> {
            try {
                return work.withHandle(h);
            } catch (JdbiException e) {
                throw failure("write to", e);
            }
        };
    }

    StoreException failure(String what, Throwable e) {
        return StoreFailures.of(dialect, what, e);
    }

    /** Closes the pool; safe to call twice. */
    @Override
    public void close() {
        if (groupCommit != null) {
            groupCommit.close();
            afterCommit.shutdown();
            try {
                afterCommit.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        pool.close();
    }

    /** One thread per core: what follows a commit is CPU work (planning, rendering) and rarely a read. */
    private static ExecutorService afterCommitThreads() {
        AtomicInteger n = new AtomicInteger();
        return Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()), r -> {
            Thread t = new Thread(r, "pairdoctor-after-commit-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    private void migrate() {
        try {
            Flyway.configure()
                    .dataSource(pool)
                    .locations("classpath:db/migration")
                    // Feature migrations are numbered apart (V100__comments): a database that has
                    // one must still take a lower-numbered migration added later.
                    .outOfOrder(true)
                    .loggers("slf4j")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new StoreException("cannot prepare the database " + redact(url) + ": migration failed: "
                    + rootMessage(e), e);
        }
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage();
        if (t instanceof SQLException || m != null) {
            return m == null ? t.getClass().getSimpleName() : redact(m);
        }
        return t.getClass().getSimpleName();
    }

    /** Removes passwords from a URL or message: {@code password=...} and {@code user:secret@host}. */
    static String redact(String s) {
        return s.replaceAll("(?i)(password=)[^&;\\s]*", "$1***")
                .replaceAll("(//[^/:@\\s]+:)[^@/\\s]*@", "$1***@");
    }
}
