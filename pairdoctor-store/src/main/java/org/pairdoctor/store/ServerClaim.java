package org.pairdoctor.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A web server's claim on its SQLite file: one {@code serve} per file, because a server caches its
 * sessions ({@link CachedSessionStore}) and a second server writing the same sessions would make
 * those caches stale. Other commands (learn, report, diagnose, admin) do not claim and may run
 * beside it. Several servers on one database is what PostgreSQL is for: there nothing is claimed.
 *
 * <p>The claim is an operating-system lock on {@code FILE.serve-lock}, so it ends with the process
 * even when the process is killed.
 */
public final class ServerClaim implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private ServerClaim(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Claims the database for this server.
     *
     * @throws StoreException when another server holds the claim, naming the file and what to do
     */
    public static ServerClaim claim(Database db) {
        if (db.sqliteFile().isEmpty()) {
            return new ServerClaim(null, null);
        }
        Path file = db.sqliteFile().get();
        Path lockFile = file.resolveSibling(file.getFileName() + ".serve-lock");
        FileChannel channel = null;
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw inUse(file);
            }
            return new ServerClaim(channel, lock);
        } catch (OverlappingFileLockException e) {
            close(channel);
            throw inUse(file);
        } catch (IOException e) {
            close(channel);
            throw new StoreException("cannot lock " + lockFile + " for this server: " + e.getMessage(), e);
        } catch (StoreException e) {
            close(channel);
            throw e;
        }
    }

    private static StoreException inUse(Path file) {
        return new StoreException(org.pairdoctor.core.Failure.CONFLICT, "another pairdoctor server is already serving from " + file
                + "; stop it, or give this one its own --data DIR (to run several servers on one database, "
                + "use PostgreSQL with --db)");
    }

    /** Whether this server caches its sessions: only when it alone serves from its database. */
    public boolean exclusive() {
        return lock != null;
    }

    @Override
    public void close() {
        try {
            if (lock != null) {
                lock.release();
            }
        } catch (IOException ignored) {
            // the lock goes with the channel
        }
        close(channel);
    }

    private static void close(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing left to release
            }
        }
    }
}
