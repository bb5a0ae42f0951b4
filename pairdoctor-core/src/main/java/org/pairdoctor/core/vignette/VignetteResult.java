package org.pairdoctor.core.vignette;

import java.util.List;
import java.util.Optional;

/**
 * How one case ran.
 *
 * @param vignetteCase the case
 * @param verdict      pass, fail, or one of the two outcomes of a case listed as a known failure
 * @param path         every step taken, in order
 * @param failure      for a run that did not end as the case requires: the step where it went wrong and why
 */
public record VignetteResult(VignetteCase vignetteCase, Verdict verdict, List<Move> path, Optional<Failure> failure) {
    public VignetteResult {
        path = List.copyOf(path);
    }

    /** The outcome of a case. */
    public enum Verdict {
        /** Ended as the case requires. */
        PASS,
        /** Did not: the suite fails. */
        FAIL,
        /** Did not, and the case is listed in {@code vignettes/KNOWN-FAILURES}: reported, the suite does not fail. */
        KNOWN_FAILURE,
        /** Listed in {@code KNOWN-FAILURES} but passes: the suite fails until the line is removed. */
        PASSES_BUT_LISTED;

        /** True when this verdict fails the suite. */
        public boolean failsSuite() {
            return this == FAIL || this == PASSES_BUT_LISTED;
        }
    }

    /**
     * Where and why a run went wrong.
     *
     * @param step    the 1-based step number where it went wrong (one past the path when the steps ran out)
     * @param message what went wrong, in words an author can act on
     */
    public record Failure(int step, String message) {
    }

    /** True when the run itself ended as the case requires (whatever the known-failures list says). */
    public boolean ranAsRequired() {
        return failure.isEmpty();
    }
}
