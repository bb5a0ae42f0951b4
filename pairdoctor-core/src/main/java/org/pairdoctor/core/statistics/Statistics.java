package org.pairdoctor.core.statistics;

import org.pairdoctor.core.session.Abandonment;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Counted figures of stored sessions: overall, per problem, per problem and host, per month
 * (UTC, by start), and the success rate of every repair step. Pure: made from what the store's
 * {@link OutcomeQueries} return. Immutable.
 */
public record Statistics(Instant from, Instant to, GroupStatistics overall, Map<String, GroupStatistics> problems,
                         Map<String, Map<String, GroupStatistics>> hosts, List<StepStatistics> steps,
                         List<MonthStatistics> months) {
    /** The host id of figures over every host. */
    public static final String ALL_HOSTS = "all";

    /** One month's figures. */
    public record MonthStatistics(YearMonth month, GroupStatistics figures) {
    }

    public Statistics {
        problems = Collections.unmodifiableMap(new TreeMap<>(problems));
        Map<String, Map<String, GroupStatistics>> h = new TreeMap<>();
        hosts.forEach((k, v) -> h.put(k, Collections.unmodifiableMap(new TreeMap<>(v))));
        hosts = Collections.unmodifiableMap(h);
        steps = List.copyOf(steps);
        months = List.copyOf(months);
    }

    /**
     * Reads the figures for sessions started in [{@code from}, {@code to}) as they stood at {@code to}:
     * a session in progress that had been idle for {@link Abandonment#IDLE_LIMIT} by then counts as
     * abandoned. A closed period's figures therefore never change; for one still running, use
     * {@link #load(OutcomeQueries, Instant, Instant, Instant)} with the time now.
     */
    public static Statistics load(OutcomeQueries queries, Instant from, Instant to) {
        return load(queries, from, to, to);
    }

    /** The figures for sessions started in [{@code from}, {@code to}) as they stand at {@code now}. */
    public static Statistics load(OutcomeQueries queries, Instant from, Instant to, Instant now) {
        List<SessionSummary> sessions = queries.sessions(from, to).stream().map(s -> s.asOf(now)).toList();
        return of(from, to, sessions, queries.steps(from, to));
    }

    public static Statistics of(Instant from, Instant to, List<SessionSummary> sessions, List<StepCount> stepCounts) {
        Map<String, List<SessionSummary>> byProblem = sessions.stream()
                .collect(Collectors.groupingBy(SessionSummary::problemId, TreeMap::new, Collectors.toList()));
        Map<String, GroupStatistics> problems = new TreeMap<>();
        Map<String, Map<String, GroupStatistics>> hosts = new TreeMap<>();
        byProblem.forEach((p, list) -> {
            problems.put(p, GroupStatistics.of(list));
            Map<String, GroupStatistics> perHost = new TreeMap<>();
            list.stream().collect(Collectors.groupingBy(SessionSummary::hostId, TreeMap::new, Collectors.toList()))
                    .forEach((h, l) -> perHost.put(h, GroupStatistics.of(l)));
            hosts.put(p, perHost);
        });

        Map<String, Proportion> pooled = new TreeMap<>();
        List<StepStatistics> steps = new ArrayList<>();
        for (StepCount c : stepCounts) {
            Proportion pr = new Proportion(c.fixes(), c.tries());
            steps.add(new StepStatistics(c.problemId(), c.hostId(), c.stepId(), pr));
            pooled.merge(c.problemId() + "\u0000" + c.stepId(), pr, Proportion::plus);
        }
        pooled.forEach((k, pr) -> {
            String[] parts = k.split("\u0000", 2);
            steps.add(new StepStatistics(parts[0], ALL_HOSTS, parts[1], pr));
        });
        steps.sort(Comparator.comparing(StepStatistics::problemId).thenComparing(StepStatistics::hostId)
                .thenComparing((StepStatistics s) -> -s.fixed().rate()).thenComparing(StepStatistics::stepId));

        List<MonthStatistics> months = new ArrayList<>();
        sessions.stream()
                .collect(Collectors.groupingBy(s -> YearMonth.from(s.startedAt().atZone(ZoneOffset.UTC)),
                        TreeMap::new, Collectors.toList()))
                .forEach((m, l) -> months.add(new MonthStatistics(m, GroupStatistics.of(l))));
        return new Statistics(from, to, GroupStatistics.of(sessions), problems, hosts, steps, months);
    }

    /** The success rate of a step, over every host or on one. */
    public Optional<StepStatistics> step(String problemId, String hostId, String stepId) {
        return steps.stream().filter(s -> s.problemId().equals(problemId) && s.hostId().equals(hostId)
                && s.stepId().equals(stepId)).findFirst();
    }

    /** The steps of a problem over every host, best first. */
    public List<StepStatistics> steps(String problemId) {
        return steps.stream().filter(s -> s.problemId().equals(problemId) && s.hostId().equals(ALL_HOSTS)).toList();
    }
}
