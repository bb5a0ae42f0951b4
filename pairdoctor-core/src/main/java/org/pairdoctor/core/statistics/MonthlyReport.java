package org.pairdoctor.core.statistics;

import org.pairdoctor.core.PairdoctorException;
import org.pairdoctor.core.engine.Planner;
import org.pairdoctor.core.learning.LearnedParameters;
import org.pairdoctor.core.learning.Learner;
import org.pairdoctor.core.learning.LearningSettings;
import org.pairdoctor.core.model.NumberWeights;
import org.pairdoctor.core.model.TroubleshootingModel;
import org.pairdoctor.core.session.ModelSource;
import org.pairdoctor.core.session.SessionRecord;
import org.pairdoctor.core.session.SessionStore;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the monthly report says: the month's figures beside the month before (overall and per
 * headset), the twelve months up to it, steps whose observed success rate moved, and steps that moved
 * in the planner's order for each headset (with its own model, on the host most of its sessions of
 * the problem ran on; what it learned from the data up to the end of each month), each with its move
 * decomposed into the parts of the learned change that caused it, ranked by how far each moved it.
 * Pure: made from the stores' ports. Immutable.
 *
 * @param device the one headset the report is restricted to; null for every headset
 */
public record MonthlyReport(YearMonth month, Statistics thisMonth, Statistics lastMonth, List<Statistics.MonthStatistics> year,
                            List<RateMove> rates, List<RankMove> ranks, List<LearnedCause> causes, String device) {
    public MonthlyReport {
        year = List.copyOf(year);
        rates = List.copyOf(rates);
        ranks = List.copyOf(ranks);
        causes = List.copyOf(causes);
    }

    /** A report of every headset. */
    public MonthlyReport(YearMonth month, Statistics thisMonth, Statistics lastMonth,
                         List<Statistics.MonthStatistics> year, List<RateMove> rates, List<RankMove> ranks,
                         List<LearnedCause> causes) {
        this(month, thisMonth, lastMonth, year, rates, ranks, causes, null);
    }

    /** The steps of one headset that moved, in the order {@link #build} found them. */
    public List<RankMove> ranks(String deviceId) {
        return ranks.stream().filter(r -> r.deviceId().equals(deviceId)).toList();
    }

    /**
     * A cause's probability as learned from the data up to the end of the month, beside the authors'
     * estimate, for a headset (its own model's causes) on its most frequent host for the problem.
     *
     * @param effectiveSample faded, expected sessions behind it (not a head count)
     * @param posterior       its posterior, whose 95% interval the report shows
     */
    public record LearnedCause(String problemId, String hostId, String deviceId, String causeId, double estimate, double learned,
                               double effectiveSample, Beta posterior) {
    }

    /** A step whose success rate changed between the two months (both with at least a few tries). */
    public record RateMove(String problemId, String stepId, Proportion before, Proportion after) {
        public double move() {
            return after.rate() - before.rate();
        }

        /** True when the two 95% intervals do not overlap: not just noise. */
        public boolean clear() {
            return after.low() > before.high() || after.high() < before.low();
        }
    }

    /**
     * A step that moved in the planner's order for the problem with a headset (its own model), on the
     * host most of that headset's sessions of the problem ran on.
     *
     * @param before 1-based position at the end of the month before; 0 when it was not shown at all
     * @param after  1-based position at the end of this month; 0 when it is no longer shown
     * @param parts  the parts of the learned change that moved it, the one that moved it most first
     *               ({@link MoveDecomposition})
     */
    public record RankMove(String problemId, String hostId, String deviceId, String stepId, int before, int after,
                           List<MovePart> parts) {
        public RankMove {
            parts = List.copyOf(parts);
        }

        /** The main reason, in words: the part that moved it most. */
        public String why() {
            return parts.isEmpty() ? "other steps moved around it" : parts.get(0).describe();
        }

        /** True when it now comes earlier (or is shown at all). */
        public boolean up() {
            return after != 0 && (before == 0 || after < before);
        }
    }

    /** Steps need this many tries in each month for their rate change to be listed. */
    static final int MIN_TRIES = 10;

    /** Builds the report of {@code month} (UTC months) for every headset. */
    public static MonthlyReport build(YearMonth month, SessionStore sessions, OutcomeQueries queries,
                                      ModelSource knowledge, Planner planner, LearningSettings settings) {
        return build(month, sessions, queries, knowledge, planner, settings, null, Statistics.NO_FAMILIES);
    }

    /**
     * Builds the report of {@code month} (UTC months).
     *
     * @param device   the one headset to report on; null for every headset (learning reads every
     *                 headset's sessions either way, as the planner does)
     * @param familyOf a headset's family, null when none is known
     */
    public static MonthlyReport build(YearMonth month, SessionStore sessions, OutcomeQueries queries,
                                      ModelSource knowledge, Planner planner, LearningSettings settings,
                                      String device, Function<String, String> familyOf) {
        OutcomeQueries counted = device == null ? queries : queries.forDevice(device);
        Instant start = month.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        Instant end = month.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        Instant previous = month.minusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        Instant yearStart = month.minusMonths(11).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        List<SessionSummary> monthSessions = counted.sessions(start, end).stream().map(s -> s.asOf(end)).toList();
        List<StepCount> monthSteps = counted.steps(start, end);
        Statistics now = Statistics.of(start, end, monthSessions, monthSteps, familyOf);
        Statistics before = Statistics.load(counted, previous, start, start, familyOf);
        List<Statistics.MonthStatistics> year = Statistics.load(counted, yearStart, end).months();

        List<RateMove> rates = new ArrayList<>();
        for (StepStatistics s : now.steps()) {
            if (!s.hostId().equals(Statistics.ALL_HOSTS) || s.fixed().n() < MIN_TRIES) {
                continue;
            }
            before.step(s.problemId(), Statistics.ALL_HOSTS, s.stepId())
                    .filter(b -> b.fixed().n() >= MIN_TRIES)
                    .ifPresent(b -> rates.add(new RateMove(s.problemId(), s.stepId(), b.fixed(), s.fixed())));
        }
        rates.sort(Comparator.comparingDouble((RateMove r) -> -Math.abs(r.move())));

        List<RankMove> ranks = new ArrayList<>();
        List<LearnedCause> causes = new ArrayList<>();
        if (now.overall().sessions() > 0) {
            List<SessionRecord> all = sessions.startedSince(end.minus(settings.halfLife().multipliedBy(10)));
            LearnedParameters atStart = learn(all, start, knowledge, settings);
            LearnedParameters atEnd = learn(all, end, knowledge, settings);
            Statistics.perDevice(start, end, monthSessions, monthSteps, familyOf).forEach((d, perDevice) -> {
                for (Map.Entry<String, Map<String, GroupStatistics>> p : perDevice.hosts().entrySet()) {
                    String host = mostFrequent(p.getValue());
                    Optional<TroubleshootingModel> base = model(knowledge, p.getKey(), host, d);
                    if (base.isPresent()) {
                        ranks.addAll(rankMoves(p.getKey(), host, d, base.get(), planner, atStart, atEnd));
                        causes.addAll(learnedCauses(p.getKey(), host, d, base.get(), atEnd));
                    }
                }
            });
        }
        return new MonthlyReport(month, now, before, year, rates, ranks, causes, device);
    }

    /** The host most sessions ran on; of two as frequent, the first by id. */
    private static String mostFrequent(Map<String, GroupStatistics> hosts) {
        return hosts.entrySet().stream()
                .max(Comparator.comparingLong((Map.Entry<String, GroupStatistics> e) -> e.getValue().sessions())
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey).orElseThrow();
    }

    /** The headset's own model of the problem; empty for a problem, host or headset the knowledge base no longer has. */
    private static Optional<TroubleshootingModel> model(ModelSource knowledge, String problem, String host,
                                                        String device) {
        try {
            return Optional.of(knowledge.model(problem, host, device));
        } catch (PairdoctorException e) {
            return Optional.empty();
        }
    }

    private static LearnedParameters learn(List<SessionRecord> all, Instant until, ModelSource knowledge,
                                           LearningSettings settings) {
        List<SessionRecord> upTo = all.stream().filter(s -> s.startedAt().isBefore(until)).toList();
        return new Learner(settings).learn(upTo, knowledge, Clock.fixed(until, ZoneOffset.UTC)).parameters();
    }

    private static List<LearnedCause> learnedCauses(String problem, String host, String device,
                                                    TroubleshootingModel base, LearnedParameters atEnd) {
        Optional<NumberWeights> weights = atEnd.weights(problem, host);
        if (weights.isEmpty()) {
            return List.of();
        }
        TroubleshootingModel learned = atEnd.apply(base, problem, host);
        double n = weights.get().sessions();
        double total = atEnd.pseudoCount() + n;
        List<LearnedCause> out = new ArrayList<>();
        for (int i = 0; i < base.causes().size(); i++) {
            double p = learned.causes().get(i).prior();
            out.add(new LearnedCause(problem, host, device, base.causes().get(i).id(), base.causes().get(i).prior(),
                    p, n, Beta.ofMean(p, total)));
        }
        out.sort(Comparator.comparingDouble((LearnedCause c) -> -c.learned()));
        return out;
    }

    private static List<RankMove> rankMoves(String problem, String host, String device, TroubleshootingModel base,
                                            Planner planner, LearnedParameters atStart, LearnedParameters atEnd) {
        TroubleshootingModel before = atStart.apply(base, problem, host);
        TroubleshootingModel after = atEnd.apply(base, problem, host);
        NumberWeights weights = atEnd.weights(problem, host)
                .orElse(new NumberWeights(0, 0, atEnd.pseudoCount(), Map.of(), Map.of(), Map.of()));
        MoveDecomposition parts = new MoveDecomposition(before, after, weights, planner);
        List<String> was = parts.before();
        List<String> is = parts.after();
        List<RankMove> moves = new ArrayList<>();
        List<String> steps = new ArrayList<>(is);
        was.stream().filter(s -> !is.contains(s)).forEach(steps::add);
        for (String step : steps) {
            int b = was.indexOf(step) + 1;
            int a = is.indexOf(step) + 1;
            if (a != b) {
                moves.add(new RankMove(problem, host, device, step, b, a, parts.of(step)));
            }
        }
        return moves;
    }
}
