package org.pairdoctor.bluez;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Waits for BlueZ's objects to reach a state: looks after every change signal ({@link #signal()},
 * registered with {@link BluezClient#onChange}) and at least every {@link #POLL_MILLIS} ms, so the
 * connector adds little to BlueZ's own time. Thread-safe signalling; one waiter at a time.
 */
final class Changes {
    /** Longest wait between two looks at BlueZ's objects while waiting for something. */
    static final long POLL_MILLIS = 50;
    private final Semaphore signals = new Semaphore(0);
    private final LongSupplier nanoTime;
    private final ConnectorListener listener;

    Changes(LongSupplier nanoTime, ConnectorListener listener) {
        this.nanoTime = nanoTime;
        this.listener = listener;
    }

    /** Something changed in BlueZ (called from the bus's signal thread). */
    void signal() {
        signals.release();
    }

    /**
     * Looks at BlueZ until {@code check} finds something or {@code timeout} passes; while
     * {@code scanning}, reports progress to the listener at every look.
     */
    <T> Optional<T> await(Duration timeout, boolean scanning, Supplier<Optional<T>> check) {
        long start = nanoTime.getAsLong();
        long deadline = start + timeout.toNanos();
        while (true) {
            signals.drainPermits();
            Optional<T> v = check.get();
            long now = nanoTime.getAsLong();
            if (scanning) {
                listener.scanProgress(Duration.ofNanos(now - start));
            }
            if (v.isPresent() || now >= deadline) {
                return v;
            }
            try {
                signals.tryAcquire(Math.min(TimeUnit.MILLISECONDS.toNanos(POLL_MILLIS), deadline - now),
                        TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
    }
}
