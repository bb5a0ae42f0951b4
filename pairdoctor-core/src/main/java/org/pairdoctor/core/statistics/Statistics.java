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
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Counted figures of stored sessions: overall, per problem, per problem and host, per headset and
 * family of headsets, per month (UTC, by start), and the success rate of every repair step. Pure:
 * made from what the store's {@link OutcomeQueries} return. Immutable.
 *
 * @param devices        per headset (device id)
 * @param families       per family of headsets ({@code family:} of the device files), for the headsets
 *                       whose family was given; a headset with too few sessions of its own is shown
 *                       beside its family's figure
 * @param deviceFamilies the family of each headset in {@code devices} whose family was given
 */
public record Statistics(Instant from, Instant to, GroupStatistics overall, Map<String, GroupStatistics> problems,
                         Map<String, Map<String, GroupStatistics>> hosts, List<StepStatistics> steps,
                         List<MonthStatistics> months, Map<String, GroupStatistics> devices,
                         Map<String, GroupStatistics> families, Map<String, String> deviceFamilies) {
    /** No family known for any headset: {@link #families()} stays empty. */
    public static final Function<String, String> NO_FAMILIES = d -> null;

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
        devices = Collections.unmodifiableMap(new TreeMap<>(devices));
        families = Collections.unmodifiableMap(new TreeMap<>(families));
        deviceFamilies = Collections.unmodifiableMap(new TreeMap<>(deviceFamilies));
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
        return load(queries, from, to, now, NO_FAMILIES);
    }

    /** As {@link #load(OutcomeQueries, Instant, Instant, Instant)}, with the headsets' families. */
    public static Statistics load(OutcomeQueries queries, Instant from, Instant to, Instant now,
                                  Function<String, String> familyOf) {
        List<SessionSummary> sessions = queries.sessions(from, to).stream().map(s -> s.asOf(now)).toList();
        return of(from, to, sessions, queries.steps(from, to), familyOf);
    }

    public static Statistics of(Instant from, Instant to, List<SessionSummary> sessions, List<StepCount> stepCounts) {
        return of(from, to, sessions, stepCounts, NO_FAMILIES);
    }

    /**
     * The figures of {@code sessions}; {@code familyOf} gives a headset's family (null: none known),
     * for {@link #families()}.
     */
    public static Statistics of(Instant from, Instant to, List<SessionSummary> sessions, List<StepCount> stepCounts,
                                Function<String, String> familyOf) {
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

        List<MonthStatistics> months = new ArrayList<>();
        sessions.stream()
                .collect(Collectors.groupingBy(s -> YearMonth.from(s.startedAt().atZone(ZoneOffset.UTC)),
                        TreeMap::new, Collectors.toList()))
                .forEach((m, l) -> months.add(new MonthStatistics(m, GroupStatistics.of(l))));

        Map<String, GroupStatistics> devices = new TreeMap<>();
        Map<String, String> deviceFamilies = new TreeMap<>();
        Map<String, List<SessionSummary>> byFamily = new TreeMap<>();
        sessions.stream().collect(Collectors.groupingBy(SessionSummary::deviceId, TreeMap::new, Collectors.toList()))
                .forEach((d, l) -> {
                    devices.put(d, GroupStatistics.of(l));
                    String family = familyOf.apply(d);
                    if (family != null) {
                        deviceFamilies.put(d, family);
                        byFamily.computeIfAbsent(family, f -> new ArrayList<>()).addAll(l);
                    }
                });
        Map<String, GroupStatistics> families = new TreeMap<>();
        byFamily.forEach((f, l) -> families.put(f, GroupStatistics.of(l)));
        return new Statistics(from, to, GroupStatistics.of(sessions), problems, hosts, steps(stepCounts), months,
                devices, families, deviceFamilies);
    }

    /** Per problem and host (the headsets added up), and per problem over every host; best first. */
    private static List<StepStatistics> steps(List<StepCount> stepCounts) {
        Map<List<String>, Proportion> perHost = new TreeMap<>(Comparator.comparing((List<String> k) -> k.get(0))
                .thenComparing(k -> k.get(1)).thenComparing(k -> k.get(2)));
        for (StepCount c : stepCounts) {
            Proportion pr = new Proportion(c.fixes(), c.tries());
            perHost.merge(List.of(c.problemId(), c.hostId(), c.stepId()), pr, Proportion::plus);
            perHost.merge(List.of(c.problemId(), ALL_HOSTS, c.stepId()), pr, Proportion::plus);
        }
        List<StepStatistics> steps = new ArrayList<>();
        perHost.forEach((k, pr) -> steps.add(new StepStatistics(k.get(0), k.get(1), k.get(2), pr)));
        steps.sort(Comparator.comparing(StepStatistics::problemId).thenComparing(StepStatistics::hostId)
                .thenComparing((StepStatistics s) -> -s.fixed().rate()).thenComparing(StepStatistics::stepId));
        return steps;
    }

    /**
     * The figures of each headset alone, as {@link #of} gives them for its sessions and step counts
     * only (the statistics page filtered to one headset), keyed by device id.
     */
    public static Map<String, Statistics> perDevice(Instant from, Instant to, List<SessionSummary> sessions,
                                                    List<StepCount> stepCounts, Function<String, String> familyOf) {
        Map<String, List<StepCount>> counts = stepCounts.stream()
                .collect(Collectors.groupingBy(StepCount::deviceId, TreeMap::new, Collectors.toList()));
        Map<String, Statistics> out = new TreeMap<>();
        sessions.stream().collect(Collectors.groupingBy(SessionSummary::deviceId, TreeMap::new, Collectors.toList()))
                .forEach((d, l) -> out.put(d, of(from, to, l, counts.getOrDefault(d, List.of()), familyOf)));
        return Collections.unmodifiableMap(out);
    }

    /** The family of a headset counted here, when its family was given. */
    public Optional<String> family(String deviceId) {
        return Optional.ofNullable(deviceFamilies.get(deviceId));
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
