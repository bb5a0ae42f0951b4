package org.pairdoctor.core.engine;

import java.util.Arrays;

/**
 * Open-addressing hash table from a state key to its exact value and best step. Primitive arrays
 * keep millions of states affordable (a boxed map would need about five times the memory).
 * Not thread-safe; {@link ExactSolver} guards it.
 */
final class StateTable {
    /** A slot's size: its key (8 bytes), value (8) and step (4) in three parallel arrays. */
    static final int BYTES_PER_SLOT = 20;
    /** The capacity a new solver's table starts with (slots). */
    static final int INITIAL_SLOTS = 1 << 17;
    private static final long EMPTY = -1L; // never a valid key: keys use at most 62 bits
    private long[] keys;
    private double[] values;
    private int[] steps;
    private int size;
    private int mask;

    StateTable(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[cap];
        Arrays.fill(keys, EMPTY);
        values = new double[cap];
        steps = new int[cap];
        mask = cap - 1;
    }

    /**
     * The most memory a table that grows to hold {@code states} entries uses, in bytes: its slots
     * double whenever it becomes half full, and while it grows the old and the new arrays coexist
     * (3 slots per entry of the last doubling's threshold). Arrays' headers are ignored.
     */
    static long peakBytes(long states) {
        long cap = INITIAL_SLOTS;
        long peak = cap;
        while (states * 2 > cap) {
            peak = cap + cap * 2;
            cap *= 2;
        }
        return Math.max(peak, cap) * BYTES_PER_SLOT;
    }

    /** The memory this table's arrays use now, in bytes. */
    long bytes() {
        return (long) keys.length * BYTES_PER_SLOT;
    }

    /** Entry {@code index} of {@code from} is copied into this table. */
    void copy(StateTable from, int index) {
        put(from.keys[index], from.values[index], from.steps[index]);
    }

    int size() {
        return size;
    }

    private int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        int i = (int) (h ^ (h >>> 32)) & mask;
        while (keys[i] != EMPTY && keys[i] != key) {
            i = (i + 1) & mask;
        }
        return i;
    }

    /** The index of the key's entry, or -1 when absent. */
    int find(long key) {
        int i = slot(key);
        return keys[i] == EMPTY ? -1 : i;
    }

    double value(int index) {
        return values[index];
    }

    int step(int index) {
        return steps[index];
    }

    void put(long key, double value, int step) {
        int i = slot(key);
        if (keys[i] == EMPTY) {
            keys[i] = key;
            size++;
        }
        values[i] = value;
        steps[i] = step;
        if (size * 2 > keys.length) {
            grow();
        }
    }

    private void grow() {
        long[] ok = keys;
        double[] ov = values;
        int[] os = steps;
        keys = new long[ok.length * 2];
        Arrays.fill(keys, EMPTY);
        values = new double[ok.length * 2];
        steps = new int[ok.length * 2];
        mask = keys.length - 1;
        for (int j = 0; j < ok.length; j++) {
            if (ok[j] != EMPTY) {
                int i = slot(ok[j]);
                keys[i] = ok[j];
                values[i] = ov[j];
                steps[i] = os[j];
            }
        }
    }
}
