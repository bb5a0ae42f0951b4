package org.pairdoctor.core.engine;

/**
 * How much one exact solve of a model may cost, in two deterministic measures so that whether a
 * model is solved exactly never depends on the machine's speed or load:
 * <ul>
 *   <li>{@code states}: evidence states in the solver's table; the memory the solve needs at its
 *       peak is {@link #peakBytes()} (see {@link StateTable#peakBytes(long)}: 20 bytes per slot, at
 *       most 3 slots per allowed state while the table grows);</li>
 *   <li>{@code work}: solver work units, one per cause weight the search computes (building a child
 *       state's weights, or an action's chance to fix), which is what its time is proportional to.
 *       Time per state alone varies by a factor of ten between model shapes; time per work unit
 *       varies far less (docs/benchmarks/engine.md gives the measured rate).</li>
 * </ul>
 * A solve that would exceed either fails with {@link ModelTooLargeException}; the planner then uses
 * its heuristic. Immutable.
 *
 * @param states most evidence states the table may hold (at least 1)
 * @param work most work units the search may spend (at least 1)
 */
public record SolveBudget(long states, long work) {
    /**
     * The planner's budget per model: 2^22 (4,194,304) states, at most 252 MB while solving (the
     * table keeps only the optimal policy's states afterwards, kilobytes to a few megabytes), and
     * 4 x 10^9 work units, about 15 s of one core on the reference machine of docs/benchmarks/engine.md
     * (its measured rate is at least 3 x 10^8 units per second, so a solve within budget takes at most
     * about that long, once per model). Every shipped model takes well under 1% of it.
     */
    public static final SolveBudget PLANNER = new SolveBudget(1L << 22, 4_000_000_000L);

    /** No practical limit beyond the state table's: for reference optimums in benchmarks and tests. */
    public static final SolveBudget UNLIMITED_WORK = new SolveBudget(1L << 22, Long.MAX_VALUE);

    public SolveBudget {
        if (states < 1 || work < 1) {
            throw new IllegalArgumentException("a solve budget needs at least 1 state and 1 work unit, not "
                    + states + " states and " + work + " work units");
        }
    }

    /** The most memory the solver's state table uses during a solve within this budget, in bytes. */
    public long peakBytes() {
        return StateTable.peakBytes(states);
    }

    /** This budget with another state limit. */
    public SolveBudget withStates(long states) {
        return new SolveBudget(states, work);
    }
}
