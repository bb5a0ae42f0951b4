package org.pairdoctor.core.learning;

import org.pairdoctor.core.model.NumberWeights;
import org.pairdoctor.core.model.TroubleshootingModel;
import org.pairdoctor.core.session.AuthoredModels;
import org.pairdoctor.core.session.ModelSource;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The knowledge base's models updated by the latest learned parameters. A running server picks up
 * a newly saved version without a restart: at most every {@code checkEvery} it asks the store for
 * the latest version number (one cheap query) and loads the parameters when it changed. Sessions
 * keep the version they started with ({@link #model(String, String, String, long)}), so a new version
 * never changes the step a user is looking at. Thread-safe.
 */
public final class LearnedModelSource implements ModelSource {
    private static final int MAX_CACHED_MODELS = 2_000;

    private final AuthoredModels base;
    private final ParameterStore store;
    private final Clock clock;
    private final Duration checkEvery;
    private final Map<Long, LearnedParameters> versions = new ConcurrentHashMap<>();
    private final Map<String, TroubleshootingModel> models = new ConcurrentHashMap<>();
    private volatile LearnedParameters current;
    private volatile Instant nextCheck;

    public LearnedModelSource(AuthoredModels base, ParameterStore store, Clock clock, Duration checkEvery) {
        this.base = base;
        this.store = store;
        this.clock = clock;
        this.checkEvery = checkEvery;
        this.current = store.latest().orElse(LearnedParameters.none());
        this.nextCheck = clock.instant().plus(checkEvery);
        versions.put(current.version(), current);
    }

    @Override
    public TroubleshootingModel model(String problemId, String hostId, String deviceId) {
        return modelOf(refreshed(), problemId, hostId, deviceId);
    }

    @Override
    public TroubleshootingModel model(String problemId, String hostId, String deviceId, long parametersVersion) {
        return modelOf(parameters(parametersVersion), problemId, hostId, deviceId);
    }

    @Override
    public long parametersVersion() {
        return refreshed().version();
    }

    @Override
    public Optional<NumberWeights> weights(String problemId, String hostId, long parametersVersion) {
        return parameters(parametersVersion).weights(problemId, hostId);
    }

    @Override
    public Optional<DeviceFamily> deviceFamily(String deviceId) {
        return base.deviceFamily(deviceId);
    }

    /** The parameters in use now. */
    public LearnedParameters current() {
        return refreshed();
    }

    private LearnedParameters parameters(long version) {
        if (version == 0) {
            return LearnedParameters.none();
        }
        LearnedParameters p = versions.get(version);
        if (p != null) {
            return p;
        }
        Optional<LearnedParameters> loaded = store.version(version);
        // A version that is gone (the table was pruned) falls back to the knowledge base's numbers.
        LearnedParameters found = loaded.orElse(LearnedParameters.none());
        versions.put(version, found);
        return found;
    }

    private LearnedParameters refreshed() {
        Instant now = clock.instant();
        if (now.isBefore(nextCheck)) {
            return current;
        }
        synchronized (this) {
            if (now.isBefore(nextCheck)) {
                return current;
            }
            long latest = store.latestVersion();
            if (latest != current.version()) {
                current = parameters(latest);
            }
            nextCheck = now.plus(checkEvery);
            return current;
        }
    }

    private TroubleshootingModel modelOf(LearnedParameters p, String problemId, String hostId, String deviceId) {
        if (p.version() == 0 || !p.problems().containsKey(problemId)) {
            return base.model(problemId, hostId, deviceId);
        }
        // Keyed by device too: a device's model has only the causes and steps that exist for it.
        String key = p.version() + "\u0000" + problemId + "\u0000" + hostId + "\u0000" + deviceId;
        TroubleshootingModel m = models.get(key);
        if (m == null) {
            m = p.apply(base.model(problemId, hostId, deviceId), problemId, hostId,
                    base.deviceFamily(deviceId).orElse(null));
            if (models.size() >= MAX_CACHED_MODELS) {
                models.clear();
            }
            models.put(key, m);
        }
        return m;
    }
}
