package org.pairdoctor.core.engine;

/**
 * How much one exact solve of a model may cost, in two deterministic measures so that whether a
 * model is solved exactly never depends on the machine's speed or load:
 * <ul>
 *   <li>{@code states}: evidence states in the solver's table; the memory the solve needs at its
 *       peak is {@link #peakBytes()} (see {@link StateTable#peakBytes(long)}: 20 bytes per slot, at
 *       most 3 slots per allowed state while the table grows);</li>
 *   <li>{@code work}: solver work units, one per child state the search looks up (a table probe, the
 *       main cost once the table outgrows the caches) plus one per 16 cause weights it computes
 *       (children's weights, actions' chances to fix), which its time follows more closely than the
 *       number of states when models have many causes (docs/benchmarks/engine.md gives the measured
 *       rates).</li>
 * </ul>
 * A solve that would exceed either fails with {@link ModelTooLargeException}; the planner then uses
 * its heuristic. Immutable.
 *
 * @param states most evidence states the table may hold (at least 1)
 * @param work most work units the search may spend (at least 1)
 */
public record SolveBudget(long states, long work) {
    /**
     * The planner's budget per model: 2^23 (8,388,608) states, at most 503 MB while solving (the table
     * keeps only the optimal policy's states afterwards: kilobytes), and 1.5 x 10^8 work units. On the
     * reference machine of docs/benchmarks/engine.md (2 shared cores, load about 20) one core did
     * 4.6-13 x 10^6 units per CPU-second, so a solve within budget takes at most about 33 s of CPU
     * there (12 s at the fastest rate measured), once per model, and so does finding out that a model
     * exceeds it; it covers random models of 8 causes / 8 actions / 8 questions (4-5.3 M states). The
     * largest shipped model takes 0.45% of the states and 0.3% of the work.
     */
    public static final SolveBudget PLANNER = new SolveBudget(1L << 23, 150_000_000L);

    /** The planner's state limit with no limit on work: for reference optimums in benchmarks and tests. */
    public static final SolveBudget REFERENCE = new SolveBudget(1L << 23, Long.MAX_VALUE);

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
