package org.pairdoctor.core.learning;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A parameter store in a list, for tests of the core alone. */
final class InMemoryParameterStore implements ParameterStore {
    private final List<LearnedParameters> versions = new ArrayList<>();
    int latestVersionCalls;

    @Override
    public synchronized long latestVersion() {
        latestVersionCalls++;
        return versions.size();
    }

    @Override
    public synchronized Optional<LearnedParameters> latest() {
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }

    @Override
    public synchronized Optional<LearnedParameters> version(long version) {
        return version >= 1 && version <= versions.size() ? Optional.of(versions.get((int) version - 1))
                : Optional.empty();
    }

    @Override
    public synchronized LearnedParameters save(LearnedParameters parameters) {
        LearnedParameters saved = parameters.withVersion(versions.size() + 1);
        versions.add(saved);
        return saved;
    }
}
