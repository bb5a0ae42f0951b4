package org.pairdoctor.core.learning;

import org.pairdoctor.core.model.TroubleshootingModel;
import org.pairdoctor.core.session.ModelSource;
import org.pairdoctor.core.session.SessionRecord;
import org.pairdoctor.core.session.SessionStore;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

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

    /** Every number that moved, on every host that has sessions, largest move first. */
    public static List<ParameterChange> changes(ModelSource base, LearnedParameters before, LearnedParameters after) {
        List<ParameterChange> all = new ArrayList<>();
        for (Map.Entry<String, ProblemCounts> p : after.problems().entrySet()) {
            for (String host : p.getValue().hostSessions().keySet()) {
                // The default device's model: the parameters are per problem and host, the same for every device.
                TroubleshootingModel model = base.model(p.getKey(), host, null);
                all.addAll(ParameterChange.between(p.getKey(), host, before.apply(model, p.getKey(), host),
                        after.apply(model, p.getKey(), host), p.getValue().forHost(host)));
            }
        }
        all.sort(ParameterChange.largestFirst());
        return all;
    }
}
