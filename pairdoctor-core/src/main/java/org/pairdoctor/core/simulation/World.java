package org.pairdoctor.core.simulation;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What is really true in a simulation, as far as it differs from the knowledge base: see
 * {@code docs/simulation.md}. Read with {@link WorldFile#read(Path)}. Immutable.
 *
 * @param origin     where the world came from, for messages
 * @param knowledge  the knowledge base directory (resolved against the world file's directory)
 * @param hosts      host mix when no host is chosen: weight per host id; empty = every host alike
 * @param users      how simulated people behave
 * @param problems   overrides per problem id
 * @param locator    where a setting is written (for messages): {@code path:line:col} of a dotted path
 *                   such as {@code problems.x.priors}, or the origin alone when positions are unknown
 * @param devices    device mix: weight per device id; empty = the knowledge base's default device only
 */
public record World(String origin, Path knowledge, Map<String, Double> hosts, Users users,
                    Map<String, ProblemTruth> problems, Locator locator, Map<String, Double> devices) {
    public World {
        hosts = hosts == null ? Map.of() : Map.copyOf(hosts);
        devices = devices == null ? Map.of() : Map.copyOf(devices);
        users = users == null ? Users.DEFAULT : users;
        problems = problems == null ? Map.of() : Map.copyOf(problems);
        String o = origin;
        locator = locator == null ? path -> o : locator;
    }

    public World(String origin, Path knowledge, Map<String, Double> hosts, Users users,
                 Map<String, ProblemTruth> problems) {
        this(origin, knowledge, hosts, users, problems, null, null);
    }

    /** Finds where a setting of the world file is written. */
    @FunctionalInterface
    public interface Locator {
        /** {@code path:line:col} of a dotted path ({@code users.skipRate}, {@code problems.x.fixes.a}). */
        String at(String dottedPath);
    }

    /** A world that believes the knowledge base in everything, with default users. */
    public static World asAuthored(Path knowledge) {
        return new World("(as authored)", knowledge, Map.of(), Users.DEFAULT, Map.of());
    }

    /**
     * How simulated people behave.
     *
     * @param answerMistakeRate  share of answers replaced by another answer, chosen at random
     * @param skipRate           share of actions and questions skipped ("skip this step")
     * @param giveUpAfterSeconds a person leaves once this much time has passed; 0 = never
     * @param giveUpPerStep      chance to leave after each step that did not end the session
     * @param durationSpread     sigma of the lognormal step durations (0 = every step takes its mean)
     */
    public record Users(double answerMistakeRate, double skipRate, double giveUpAfterSeconds, double giveUpPerStep,
                        double durationSpread) {
        public static final Users DEFAULT = new Users(0.0, 0.0, 0.0, 0.0, 0.3);
    }

    /**
     * Overrides for one problem; every field is optional. Probabilities named replace the model's,
     * the rest keep the model's values; priors are renormalised afterwards.
     *
     * @param priors            P(cause), on every host
     * @param hostPriors        P(cause) per host id, applied after {@code priors}
     * @param fixes             per action id: P(fix | cause)
     * @param answers           per question id, per cause: the distribution of the answers
     * @param seconds           per step id (action, question or escalation): mean seconds
     * @param spread            per step id: sigma of its lognormal duration (else the users' spread)
     */
    public record ProblemTruth(Map<String, Double> priors, Map<String, Map<String, Double>> hostPriors,
                               Map<String, Map<String, Double>> fixes,
                               Map<String, Map<String, Map<String, Double>>> answers,
                               Map<String, Double> seconds, Map<String, Double> spread) {
        public ProblemTruth {
            priors = priors == null ? Map.of() : Map.copyOf(priors);
            hostPriors = hostPriors == null ? Map.of() : Map.copyOf(hostPriors);
            fixes = fixes == null ? Map.of() : Map.copyOf(fixes);
            answers = answers == null ? Map.of() : Map.copyOf(answers);
            seconds = seconds == null ? Map.of() : Map.copyOf(seconds);
            spread = spread == null ? Map.of() : Map.copyOf(spread);
        }

        static final ProblemTruth NONE = new ProblemTruth(null, null, null, null, null, null);
    }

    /** The overrides of a problem (none when the world does not name it). */
    public ProblemTruth problem(String id) {
        return problems.getOrDefault(id, ProblemTruth.NONE);
    }

    /** Names of problems the world overrides, for checks. */
    public List<String> problemIds() {
        return problems.keySet().stream().sorted().toList();
    }
}
