package org.pairdoctor.core.learning;

import org.pairdoctor.core.PairdoctorException;
import org.pairdoctor.core.model.TroubleshootingModel;
import org.pairdoctor.core.session.ModelSource;
import org.pairdoctor.core.session.ModelSource.DeviceFamily;
import org.pairdoctor.core.session.SessionRecord;
import org.pairdoctor.core.session.SessionStore;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One learning pass over the stored sessions as both {@code pairdoctor learn} and the admin
 * learning page run it: read the sessions worth reading, learn, compare with the version in use
 * ({@link #propose()}), and save the result as a new version ({@link #apply(Proposal)}). The stores
 * are ports, so this stays pure apart from what they do. Thread-safe when the ports are.
 */
public final class LearningRun {
    private final LearningSettings settings;
    private final ModelSource base;
    private final SessionStore sessions;
    private final ParameterStore parameters;
    private final Clock clock;

    /**
     * @param base the knowledge base's own models (not the learned ones): the prior of learning
     */
    public LearningRun(LearningSettings settings, ModelSource base, SessionStore sessions, ParameterStore parameters,
                       Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.base = Objects.requireNonNull(base, "base");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.parameters = Objects.requireNonNull(parameters, "parameters");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * What learning would change.
     *
     * @param before the version in use ({@link LearnedParameters#none()} when nothing was learned)
     * @param changes every number that moved, largest move first
     */
    public record Proposal(Learner.Result result, LearnedParameters before, List<ParameterChange> changes) {
        public Proposal {
            changes = List.copyOf(changes);
        }

        /** True when there were sessions to learn from, so applying saves a version. */
        public boolean worthSaving() {
            return result.sessionsUsed() > 0;
        }
    }

    /** Learns from the stored sessions and compares with the version in use; saves nothing. */
    public Proposal propose() {
        // Sessions older than ten half-lives weigh under 1/1000: not worth reading.
        Instant since = clock.instant().minus(settings.halfLife().multipliedBy(10));
        List<SessionRecord> read = sessions.startedSince(since);
        Learner.Result result = new Learner(settings).learn(read, base, clock);
        LearnedParameters before = parameters.latest().orElse(LearnedParameters.none());
        return new Proposal(result, before, changes(base, before, result.parameters()));
    }

    /** Saves a proposal's parameters as the next version; empty when it had no sessions to learn from. */
    public Optional<LearnedParameters> apply(Proposal proposal) {
        if (!proposal.worthSaving()) {
            return Optional.empty();
        }
        return Optional.of(parameters.save(proposal.result().parameters()));
    }

    /** The saved versions of this run's parameter store: list them, roll back. */
    public ParameterVersions versions() {
        return new ParameterVersions(parameters);
    }

    /**
     * Every number that moved, on every host that has sessions, largest move first: the host's (or
     * the pool's) numbers, and for each device with sessions the numbers its own level moved away
     * from the host's (named with the device).
     */
    public static List<ParameterChange> changes(ModelSource base, LearnedParameters before, LearnedParameters after) {
        List<ParameterChange> all = new ArrayList<>();
        for (Map.Entry<String, ProblemCounts> p : after.problems().entrySet()) {
            String problem = p.getKey();
            for (String host : p.getValue().hostSessions().keySet()) {
                Map<String, FamilyCounts> families = p.getValue().familiesFor(host);
                // The default device's model, or one of a device with sessions where it lacks the problem.
                Optional<TroubleshootingModel> model = hostModel(base, problem, host, families);
                model.ifPresent(m -> all.addAll(ParameterChange.between(problem, host, before.apply(m, problem, host),
                        after.apply(m, problem, host), p.getValue().forHost(host))));
                families.forEach((family, counts) -> counts.devices().forEach((device, own) ->
                        all.addAll(deviceChanges(base, before, after, problem, host,
                                new DeviceFamily(device, family), own))));
            }
        }
        all.sort(ParameterChange.largestFirst());
        return all;
    }

    /** The numbers the device's own level moved (away from the host's), against {@code before}'s for the device. */
    private static List<ParameterChange> deviceChanges(ModelSource base, LearnedParameters before,
                                                       LearnedParameters after, String problem, String host,
                                                       DeviceFamily device, OutcomeCounts own) {
        Optional<TroubleshootingModel> model = model(base, problem, host, device.device());
        if (model.isEmpty()) {
            return List.of();
        }
        TroubleshootingModel m = model.get();
        TroubleshootingModel mine = after.apply(m, problem, host, device);
        Set<String> moved = new HashSet<>();
        ParameterChange.between(problem, host, after.apply(m, problem, host), mine, own)
                .forEach(c -> moved.add(c.number()));
        return ParameterChange.between(problem, host, before.apply(m, problem, host, device), mine, own).stream()
                .filter(c -> moved.contains(c.number())).map(c -> c.of(device.device())).toList();
    }

    private static Optional<TroubleshootingModel> hostModel(ModelSource base, String problem, String host,
                                                            Map<String, FamilyCounts> families) {
        Optional<TroubleshootingModel> m = model(base, problem, host, null);
        for (FamilyCounts f : families.values()) {
            for (String device : f.devices().keySet()) {
                m = m.or(() -> model(base, problem, host, device));
            }
        }
        return m;
    }

    /** The knowledge base's model; empty when it no longer has the problem, host or device. */
    private static Optional<TroubleshootingModel> model(ModelSource base, String problem, String host, String device) {
        try {
            return Optional.of(base.model(problem, host, device));
        } catch (PairdoctorException e) {
            return Optional.empty();
        }
    }
}
