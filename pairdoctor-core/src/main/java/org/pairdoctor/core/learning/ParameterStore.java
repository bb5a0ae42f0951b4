package org.pairdoctor.core.learning;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Port: where versions of learned parameters are kept (a table in the database). Versions are
 * numbered 1, 2, 3, ... in the order they are saved; the latest is the one in use. Implementations
 * are thread-safe, and {@link #latestVersion()} is cheap enough to ask often.
 */
public interface ParameterStore {
    /** The newest version's number, or 0 when nothing was ever learned. */
    long latestVersion();

    /** The newest version, if any. */
    Optional<LearnedParameters> latest();

    /** A given version, if it was saved (sessions keep the version they started with). */
    Optional<LearnedParameters> version(long version);

    /** Saves {@code parameters} as the next version and returns them with that version number. */
    LearnedParameters save(LearnedParameters parameters);

    /** Every saved version, oldest first (stores may answer it with one query). */
    default List<LearnedParameters> versions() {
        List<LearnedParameters> all = new ArrayList<>();
        for (long v = 1; v <= latestVersion(); v++) {
            version(v).ifPresent(all::add);
        }
        return all;
    }
}
