package org.pairdoctor.core.statistics;

import java.util.Locale;
import java.util.Optional;

/**
 * Counted figures to show beside the knowledge base's estimates, once there are enough of them:
 * "fixed it for 62% (55–69%) of 340 people". Below {@code minPeople} tries there is nothing to
 * show, so a handful of sessions never masquerades as data. Immutable.
 */
public final class ObservedFigures {
    /** Default: figures need at least this many people who tried the step. */
    public static final int MIN_PEOPLE = 30;

    private final Statistics statistics;
    private final int minPeople;

    public ObservedFigures(Statistics statistics) {
        this(statistics, MIN_PEOPLE);
    }

    public ObservedFigures(Statistics statistics, int minPeople) {
        this.statistics = statistics;
        this.minPeople = minPeople;
    }

    /** One observed success rate. */
    public record ObservedFigure(String problemId, String hostId, String stepId, Proportion fixed) {
        /** "fixed it for 62% (55–69%) of 340 people". */
        public String text() {
            return String.format(Locale.ROOT, "fixed it for %s of %d %s", fixed.percentWithInterval(), fixed.n(),
                    fixed.n() == 1 ? "person" : "people");
        }
    }

    /** The step's figure over every host, when enough people tried it. */
    public Optional<ObservedFigure> fixed(String problemId, String stepId) {
        return fixed(problemId, Statistics.ALL_HOSTS, stepId);
    }

    /**
     * The step's figure on a host when enough people on that host tried it, else over every host
     * when enough did, else nothing.
     */
    public Optional<ObservedFigure> fixedOn(String problemId, String hostId, String stepId) {
        return fixed(problemId, hostId, stepId).or(() -> fixed(problemId, stepId));
    }

    /**
     * How often guided sessions of a problem ended fixed (over every host, among those that ended),
     * when at least {@code minPeople} ended.
     */
    public Optional<Proportion> resolved(String problemId) {
        return Optional.ofNullable(statistics.problems().get(problemId)).map(GroupStatistics::resolution)
                .filter(p -> p.n() >= minPeople);
    }

    /** The fewest people a figure needs. */
    public int minPeople() {
        return minPeople;
    }

    private Optional<ObservedFigure> fixed(String problemId, String hostId, String stepId) {
        return statistics.step(problemId, hostId, stepId).filter(s -> s.fixed().n() >= minPeople)
                .map(s -> new ObservedFigure(problemId, hostId, stepId, s.fixed()));
    }
}
