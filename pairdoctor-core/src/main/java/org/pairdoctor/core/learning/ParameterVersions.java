package org.pairdoctor.core.learning;

import org.pairdoctor.core.Failure;
import org.pairdoctor.core.PairdoctorException;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The versions of learned parameters as an operator sees them: which exist, which is in use, and
 * rolling back to an earlier one. A rollback saves a new version equal to the old one (see
 * {@link LearnedParameters#restoring}): nothing is ever deleted or rewritten, the newest version is
 * always the one in use, and running servers follow a rollback exactly as they follow a new
 * learning (within their check interval). Thread-safe when the store is.
 */
public final class ParameterVersions {
    private final ParameterStore store;

    public ParameterVersions(ParameterStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /**
     * One saved version.
     *
     * @param sessions     sessions it was learned from
     * @param restoredFrom the version it restores (0: the knowledge base's numbers); null when learned
     * @param active       true for the version new sessions use now (the newest)
     * @param problems     how many problems it has learned numbers for
     */
    public record Summary(long version, Instant learnedAt, int sessions, Long restoredFrom, boolean active,
                          int problems) {
        /** "learned from 300 sessions" or "restores version 3" or "restores the knowledge base's numbers". */
        public String describe() {
            if (restoredFrom == null) {
                return "learned from " + sessions + " session" + (sessions == 1 ? "" : "s");
            }
            return restoredFrom == 0 ? "restores the knowledge base's own numbers"
                    : "restores version " + restoredFrom + " (learned from " + sessions + " sessions)";
        }
    }

    /** Every version, newest first; empty when nothing was ever learned. */
    public List<Summary> list() {
        List<LearnedParameters> all = store.versions();
        long active = all.isEmpty() ? 0 : all.get(all.size() - 1).version();
        return all.stream()
                .sorted((a, b) -> Long.compare(b.version(), a.version()))
                .map(p -> new Summary(p.version(), p.learnedAt(), p.sessions(), p.restoredFrom(),
                        p.version() == active, p.problems().size()))
                .toList();
    }

    /** The version new sessions use now; 0 when they use the knowledge base's numbers. */
    public long active() {
        return store.latestVersion();
    }

    /**
     * Makes {@code version}'s numbers the ones in use again by saving them as a new version; 0 goes
     * back to the knowledge base's own numbers.
     *
     * @return the new version
     * @throws PairdoctorException NOT_FOUND for a version that was never saved, CONFLICT when it is
     *                             the one in use already
     */
    public LearnedParameters rollback(long version) {
        long latest = store.latestVersion();
        if (version < 0 || version > latest) {
            throw new PairdoctorException(Failure.NOT_FOUND, "there is no version " + version + " of learned"
                    + " parameters: " + (latest == 0 ? "nothing was learned yet" : "versions are 1 to " + latest
                    + ", and 0 for the knowledge base's own numbers") + " (see learn --list)");
        }
        LearnedParameters old = version == 0 ? LearnedParameters.none() : store.version(version).orElseThrow(() ->
                new PairdoctorException(Failure.NOT_FOUND, "version " + version + " of learned parameters is gone"));
        LearnedParameters current = store.latest().orElse(LearnedParameters.none());
        if (sameNumbers(old, current)) {
            throw new PairdoctorException(Failure.CONFLICT, "version " + version + " is already in use"
                    + (current.version() == version ? "" : " (version " + current.version() + " has its numbers)")
                    + ": nothing to roll back");
        }
        return store.save(LearnedParameters.restoring(old));
    }

    private static boolean sameNumbers(LearnedParameters a, LearnedParameters b) {
        return a.problems().equals(b.problems()) && a.pseudoCount() == b.pseudoCount();
    }
}
