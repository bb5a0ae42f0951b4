package org.pairdoctor.store;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;

/**
 * Group commit for SQLite: many writers, one transaction and one fsync per batch.
 *
 * <p>SQLite admits one writer, and with {@code synchronous=FULL} every commit waits for an fsync
 * (3–40 ms on a loaded disk), so one transaction per write caps a server at a few hundred writes
 * a second. Here a writer queues its unit of work and blocks; a single thread takes everything
 * queued, runs each unit inside its own savepoint of one transaction, commits once, and only then
 * completes every caller. A caller therefore returns only after its data is on disk, exactly as
 * with one transaction per call; it just shares the fsync with the callers queued beside it.
 *
 * <p>A unit that throws is rolled back to its savepoint and its exception goes to its own caller
 * alone (a stale reply fails, the rest of the batch commits). When the commit itself fails, every
 * unit of the batch fails with a {@link StoreException}: none of them was acknowledged.
 *
 * <p>Batches take the database's write lock, so they also take turns with {@link Database#write}.
 */
final class GroupCommit implements AutoCloseable {
    /** Enough to absorb every request thread at once; more would only lengthen the slowest wait. */
    private static final int MAX_BATCH = 512;

    private record Unit(HandleCallback<?, RuntimeException> work, CompletableFuture<Object> done) {
    }

    private static final Unit STOP = new Unit(h -> null, new CompletableFuture<>());

    private final Jdbi jdbi;
    private final Lock writeLock;
    private final LinkedBlockingQueue<Unit> queue = new LinkedBlockingQueue<>();
    private final Thread writer;
    /** Used by the writer thread only. */
    private Handle handle;
    private boolean closed;
    private final java.util.concurrent.atomic.AtomicLong commits = new java.util.concurrent.atomic.AtomicLong();

    GroupCommit(Jdbi jdbi, Lock writeLock, String name) {
        this.jdbi = jdbi;
        this.writeLock = writeLock;
        this.writer = new Thread(this::run, name);
        this.writer.setDaemon(true);
        this.writer.start();
    }

    /**
     * Runs {@code work} in the next batch's transaction and returns its result once that
     * transaction is committed. The work must not begin, commit or roll back transactions itself.
     */
    @SuppressWarnings("unchecked")
    <R> R write(HandleCallback<R, RuntimeException> work) {
        CompletableFuture<Object> done = enqueue(work);
        try {
            return (R) done.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                // Rethrown on the caller's thread: the original type (stale step, unknown session)
                // is what callers catch; the stack trace of the writer thread is kept as the cause's.
                throw r;
            }
            throw e;
        }
    }

    /**
     * {@link #write} without waiting: the future completes once the batch is committed, on a
     * thread of {@code continueOn}, never on the writer thread, so what callers chain to it (finding
     * the next step, rendering a response) does not hold up the next batch. A failed write completes
     * it exceptionally with the exception {@code write} would throw.
     */
    @SuppressWarnings("unchecked")
    <R> CompletableFuture<R> writeAsync(HandleCallback<R, RuntimeException> work, Executor continueOn) {
        CompletableFuture<Object> done;
        try {
            done = enqueue(work);
        } catch (StoreException e) {
            return CompletableFuture.failedFuture(e);
        }
        CompletableFuture<R> result = new CompletableFuture<>();
        done.whenCompleteAsync((value, failure) -> {
            if (failure != null) {
                result.completeExceptionally(failure instanceof CompletionException && failure.getCause() != null
                        ? failure.getCause() : failure);
            } else {
                result.complete((R) value);
            }
        }, continueOn);
        return result;
    }

    private CompletableFuture<Object> enqueue(HandleCallback<?, RuntimeException> work) {
        CompletableFuture<Object> done = new CompletableFuture<>();
        // With close() under the same monitor, STOP is always the last unit queued: everything
        // accepted before it is committed (or failed), nothing after it waits forever.
        synchronized (this) {
            if (closed) {
                throw new StoreException("cannot store the change: the database is closed");
            }
            queue.add(new Unit(work, done));
        }
        return done;
    }

    private void run() {
        List<Unit> batch = new ArrayList<>();
        while (true) {
            batch.clear();
            try {
                batch.add(queue.take());
            } catch (InterruptedException e) {
                closeHandle();
                failAll(queue, "the database was closed");
                return;
            }
            queue.drainTo(batch, MAX_BATCH - 1);
            boolean stop = batch.remove(STOP);
            if (!batch.isEmpty()) {
                try {
                    commit(batch);
                } catch (Throwable t) {
                    // An Error (out of memory, a driver linkage problem) must not leave callers
                    // waiting forever: fail the batch and keep serving the queue.
                    closeHandle();
                    for (Unit u : batch) {
                        u.done().completeExceptionally(new StoreException(
                                "cannot store the change: the database write failed: " + t, t));
                    }
                }
            }
            if (stop) {
                closeHandle();
                failAll(queue, "the database was closed");
                return;
            }
        }
    }

    private void commit(List<Unit> batch) {
        Object[] results = new Object[batch.size()];
        RuntimeException[] failures = new RuntimeException[batch.size()];
        writeLock.lock();
        try {
            Handle h = handle();
            h.begin();
            try {
                for (int i = 0; i < batch.size(); i++) {
                    String savepoint = "u" + i;
                    h.savepoint(savepoint);
                    try {
                        results[i] = batch.get(i).work().withHandle(h);
                        h.release(savepoint);
                    } catch (RuntimeException e) {
                        // Undoes this unit alone. (JDBI forgets a savepoint once rolled back to; SQLite
                        // keeps it on its stack until the commit, which is harmless.)
                        h.rollbackToSavepoint(savepoint);
                        failures[i] = e;
                    }
                }
                h.commit();
                commits.incrementAndGet();
            } catch (RuntimeException e) {
                try {
                    h.rollback();
                } catch (RuntimeException ignored) {
                    // the batch fails either way
                }
                // The connection may be broken: the next batch starts on a fresh one.
                closeHandle();
                throw e;
            }
        } catch (RuntimeException e) {
            StoreException failed = new StoreException("cannot store the change: the database write failed: "
                    + Database.rootMessage(e), e);
            for (Unit u : batch) {
                u.done().completeExceptionally(failed);
            }
            return;
        } finally {
            writeLock.unlock();
        }
        for (int i = 0; i < batch.size(); i++) {
            if (failures[i] != null) {
                batch.get(i).done().completeExceptionally(failures[i]);
            } else {
                batch.get(i).done().complete(results[i]);
            }
        }
    }

    /**
     * The writer's handle, open for as long as it works: its statements stay prepared
     * ({@link PreparedStatements}) and no batch waits for the pool.
     */
    private Handle handle() {
        if (handle == null) {
            handle = jdbi.open();
        }
        return handle;
    }

    private void closeHandle() {
        if (handle != null) {
            try {
                handle.close();
            } catch (RuntimeException ignored) {
                // already broken; a new one is opened for the next batch
            }
            handle = null;
        }
    }

    private static void failAll(LinkedBlockingQueue<Unit> queue, String why) {
        List<Unit> left = new ArrayList<>();
        queue.drainTo(left);
        for (Unit u : left) {
            u.done().completeExceptionally(new StoreException("cannot store the change: " + why));
        }
    }

    /** How many batches were committed so far (for tests and measurements). */
    long commits() {
        return commits.get();
    }

    /** Commits what is queued, then stops the writer thread. Waits up to 10 s. */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            queue.add(STOP);
        }
        try {
            writer.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (writer.isAlive()) {
            writer.interrupt();
        }
    }
}
