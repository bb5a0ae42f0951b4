package org.pairdoctor.core.statistics;

import org.pairdoctor.core.PairdoctorException;
import org.pairdoctor.core.engine.Planner;
import org.pairdoctor.core.learning.LearnedParameters;
import org.pairdoctor.core.learning.Learner;
import org.pairdoctor.core.learning.LearningSettings;
import org.pairdoctor.core.learning.ParameterChange;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the monthly report says: the month's figures beside the month before, the twelve months up
 * to it, steps whose observed success rate moved, and steps that moved in the planner's order
 * (what it learned from the data up to the end of each month), each with the number behind the
 * move. Pure: made from the stores' ports. Immutable.
 */
public record MonthlyReport(YearMonth month, Statistics thisMonth, Statistics lastMonth, List<Statistics.MonthStatistics> year,
                            List<RateMove> rates, List<RankMove> ranks) {
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
     * A step that moved in the planner's order for the problem on its most frequent host.
     *
     * @param before 1-based position at the end of the month before; 0 when it was not shown at all
     * @param after  1-based position at the end of this month; 0 when it is no longer shown
     * @param why    the largest learned change of a number about this step, or of a cause it fixes
     */
    public record RankMove(String problemId, String hostId, String stepId, int before, int after, String why) {
    }

    /** Steps need this many tries in each month for their rate change to be listed. */
    static final int MIN_TRIES = 10;

    /** Builds the report of {@code month} (UTC months). */
    public static MonthlyReport build(YearMonth month, SessionStore sessions, OutcomeQueries queries,
                                      ModelSource knowledge, Planner planner, LearningSettings settings) {
        Instant start = month.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        Instant end = month.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        Instant previous = month.minusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        Instant yearStart = month.minusMonths(11).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        Statistics now = Statistics.load(queries, start, end);
        Statistics before = Statistics.load(queries, previous, start);
        List<Statistics.MonthStatistics> year = Statistics.load(queries, yearStart, end).months();

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
        if (now.overall().sessions() > 0) {
            List<SessionRecord> all = sessions.startedSince(end.minus(settings.halfLife().multipliedBy(10)));
            LearnedParameters atStart = learn(all, start, knowledge, settings);
            LearnedParameters atEnd = learn(all, end, knowledge, settings);
            for (Map.Entry<String, Map<String, GroupStatistics>> p : now.hosts().entrySet()) {
                String host = p.getValue().entrySet().stream()
                        .max(Comparator.comparingLong((Map.Entry<String, GroupStatistics> e) -> e.getValue().sessions())
                                .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                        .map(Map.Entry::getKey).orElseThrow();
                ranks.addAll(rankMoves(p.getKey(), host, knowledge, planner, atStart, atEnd));
            }
        }
        return new MonthlyReport(month, now, before, year, rates, ranks);
    }

    private static LearnedParameters learn(List<SessionRecord> all, Instant until, ModelSource knowledge,
                                           LearningSettings settings) {
        List<SessionRecord> upTo = all.stream().filter(s -> s.startedAt().isBefore(until)).toList();
        return new Learner(settings).learn(upTo, knowledge, Clock.fixed(until, ZoneOffset.UTC)).parameters();
    }

    private static List<RankMove> rankMoves(String problem, String host, ModelSource knowledge, Planner planner,
                                            LearnedParameters atStart, LearnedParameters atEnd) {
        TroubleshootingModel base;
        try {
            base = knowledge.model(problem, host, null);   // the default device's ranking
        } catch (PairdoctorException e) {
            return List.of();   // a problem or host the knowledge base no longer has
        }
        TroubleshootingModel before = atStart.apply(base, problem, host);
        TroubleshootingModel after = atEnd.apply(base, problem, host);
        List<String> was = StepRanking.of(before, planner);
        List<String> is = StepRanking.of(after, planner);
        List<ParameterChange> changes = ParameterChange.between(problem, host, before, after,
                Optional.ofNullable(atEnd.problems().get(problem)).map(c -> c.forHost(host))
                        .orElse(org.pairdoctor.core.learning.OutcomeCounts.empty()));
        Map<String, RankMove> moves = new LinkedHashMap<>();
        List<String> steps = new ArrayList<>(is);
        was.stream().filter(s -> !is.contains(s)).forEach(steps::add);
        for (String step : steps) {
            int b = was.indexOf(step) + 1;
            int a = is.indexOf(step) + 1;
            if (a != b) {
                moves.put(step, new RankMove(problem, host, step, b, a, why(step, after, changes)));
            }
        }
        return new ArrayList<>(moves.values());
    }

    /** The largest change about the step itself, else about a cause it can fix, else a plain note. */
    private static String why(String step, TroubleshootingModel model, List<ParameterChange> changes) {
        Optional<ParameterChange> own = changes.stream().filter(c -> step.equals(c.step())).findFirst();
        if (own.isPresent()) {
            return own.get().describe();
        }
        List<String> fixes = model.action(step).map(a -> List.copyOf(a.fixes().keySet())).orElse(List.of());
        return changes.stream().filter(c -> c.kind() == ParameterChange.Kind.PRIOR && fixes.contains(c.cause()))
                .findFirst().map(ParameterChange::describe)
                .orElse("other steps moved around it");
    }
}
