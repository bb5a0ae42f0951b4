package org.pairdoctor.core.simulation;

import org.pairdoctor.core.engine.ModelTooLargeException;
import org.pairdoctor.core.engine.OptimalPolicy;
import org.pairdoctor.core.engine.Policies;
import org.pairdoctor.core.engine.Policy;
import org.pairdoctor.core.session.Outcome;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares policies on simulated sessions: for each problem (and host, if asked), the same people
 * (same session seeds) meet every policy. Outcomes are deterministic for a seed; the decision
 * latencies are measured, so they are not.
 */
public final class Bench {
    /** Host selection: {@code null} = the world's host mix, {@code "all"} = one row per host, else that host. */
    public record Options(List<String> problems, String host, List<String> policies, int sessions, long seed,
                          long optimalTimeBudgetMillis) {
        public Options {
            problems = problems == null ? List.of() : List.copyOf(problems);
            policies = List.copyOf(policies);
            if (sessions < 1) {
                throw new IllegalArgumentException("sessions must be at least 1");
            }
        }
    }

    /**
     * One row of results. {@code meanSeconds}, {@code medianSeconds} and {@code p90Seconds} are the
     * person's cost per session, what the planner minimises (effort + weight × waiting, the
     * escalation's full cost included; abandoned sessions counted until they left; see
     * {@code docs/cost-model.md}). {@code meanWallSeconds} is clock time in the session (effort +
     * waiting; an escalation counts as reading it), {@code medianWallSecondsFixed} the median clock
     * time of the sessions that ended fixed, and {@code within90sShare} the share of sessions fixed
     * within 90 clock seconds. {@code meanStepSeconds} is the mean cost without the escalation's loss:
     * the cost of the steps done in the session. {@code note} says why a row has no numbers (e.g. optimal too large).
     */
    public record Row(String problem, String host, String policy, int sessions, Double meanSeconds,
                      Double medianSeconds, Double p90Seconds, Double resolvedShare, Double within90sShare,
                      Double escalatedShare, Double abandonedShare, Double meanSteps, Double decisionMicrosP50,
                      Double decisionMicrosP99, String note, Double meanWallSeconds, Double medianWallSecondsFixed,
                      Double meanStepSeconds, String device) {
        Row(String problem, String host, String policy, String note) {
            this(problem, host, policy, 0, null, null, null, null, null, null, null, null, null, null, note, null,
                    null, null, null);
        }
    }

    private final Simulator simulator;

    public Bench(Simulator simulator) {
        this.simulator = simulator;
    }

    /**
     * Runs the benchmark; rows per problem (and host) and policy, then one "all" row per policy, then,
     * when the world mixes headsets, one "all" row per policy and headset.
     */
    public List<Row> run(Options o) {
        List<String> problems = o.problems().isEmpty() ? simulator.catalog().problems() : o.problems();
        for (String p : problems) {
            if (!simulator.catalog().problems().contains(p)) {
                throw new ModelCatalog.UnknownModelException("unknown problem '" + p + "'; known: "
                        + simulator.catalog().problems());
            }
        }
        if (o.host() != null && !o.host().equals("all") && !simulator.catalog().hosts().contains(o.host())) {
            throw new ModelCatalog.UnknownModelException("unknown host '" + o.host() + "'; known: "
                    + simulator.catalog().hosts() + " or all");
        }
        Map<String, Policy> policies = new LinkedHashMap<>();
        for (String name : o.policies()) {
            policies.put(name, name.equals("optimal") ? new OptimalPolicy(o.optimalTimeBudgetMillis())
                    : Policies.byName(name));
        }
        List<String> hostRows = o.host() == null ? java.util.Collections.singletonList(null)
                : o.host().equals("all") ? simulator.catalog().hosts() : List.of(o.host());
        warmUp(policies, problems.get(0), o);
        List<Row> rows = new ArrayList<>();
        Map<String, List<SessionOutcome>> pooled = new LinkedHashMap<>();
        for (String problem : problems) {
            for (String hostRow : hostRows) {
                String[] hostOf = new String[o.sessions()];
                long[] seeds = new long[o.sessions()];
                for (int i = 0; i < o.sessions(); i++) {
                    seeds[i] = Simulator.sessionSeed(o.seed(), hostRow == null ? problem : problem + "@" + hostRow, i);
                    hostOf[i] = hostRow != null ? hostRow : simulator.drawHost(seeds[i]);
                }
                for (Policy policy : policies.values()) {
                    String unavailable = prepare(policy, problem, hostOf, seeds);
                    String hostLabel = hostRow == null ? "mix" : hostRow;
                    if (unavailable != null) {
                        rows.add(new Row(problem, hostLabel, policy.name(), unavailable));
                        pooled.computeIfAbsent(policy.name(), k -> new ArrayList<>()).add(null);
                        continue;
                    }
                    List<SessionOutcome> outs = new ArrayList<>(o.sessions());
                    for (int i = 0; i < o.sessions(); i++) {
                        outs.add(simulator.run(policy, problem, hostOf[i], seeds[i]));
                    }
                    rows.add(summarise(problem, hostLabel, policy.name(), outs, null));
                    pooled.computeIfAbsent(policy.name(), k -> new ArrayList<>()).addAll(outs);
                }
            }
        }
        if (problems.size() * hostRows.size() > 1) {
            pooled.forEach((name, outs) -> rows.add(outs.contains(null)
                    ? new Row("all", o.host() == null ? "mix" : o.host(), name, "not available on every problem")
                    : summarise("all", o.host() == null ? "mix" : o.host(), name, outs, null)));
        }
        rows.addAll(perDevice(pooled, o.host() == null ? "mix" : o.host()));
        return rows;
    }

    /**
     * With a world's headset mix, one more row per policy and headset over every problem: a policy can
     * serve one headset's people well and another's badly, and the pooled row would hide it.
     */
    private static List<Row> perDevice(Map<String, List<SessionOutcome>> pooled, String host) {
        List<Row> rows = new ArrayList<>();
        pooled.forEach((name, outs) -> {
            if (outs.contains(null)) {
                return;
            }
            Map<String, List<SessionOutcome>> byDevice = new java.util.TreeMap<>();
            outs.stream().filter(x -> x.device() != null)
                    .forEach(x -> byDevice.computeIfAbsent(x.device(), k -> new ArrayList<>()).add(x));
            if (byDevice.size() > 1) {
                byDevice.forEach((device, own) -> rows.add(summarise("all", host, name, own, device)));
            }
        });
        return rows;
    }

    /**
     * Does each policy's one-time work per model (solving, compiling) before timing decisions, as a
     * server does at start-up. Returns why the policy cannot run, or null.
     */
    private String prepare(Policy policy, String problem, String[] hosts, long[] seeds) {
        Map<String, String[]> hostAndDevice = new LinkedHashMap<>();
        for (int i = 0; i < hosts.length; i++) {
            String d = simulator.drawDevice(problem, seeds[i]);
            hostAndDevice.putIfAbsent(hosts[i] + "\u0000" + d, new String[] {hosts[i], d});
        }
        for (String[] hd : hostAndDevice.values()) {
            try {
                policy.next(simulator.truth(problem, hd[0], hd[1]).model(), org.pairdoctor.core.engine.Evidence.none());
            } catch (ModelTooLargeException e) {
                return e.getMessage();
            } catch (org.pairdoctor.core.engine.PolicyMistakeException e) {
                if (!(policy instanceof org.pairdoctor.core.engine.ClairvoyantPolicy)) {
                    throw e;
                }
            }
        }
        return null;
    }

    /** Lets the JIT compile the policies before anything is timed; results are discarded. */
    private void warmUp(Map<String, Policy> policies, String problem, Options o) {
        for (Policy p : policies.values()) {
            for (int i = 0; i < 300; i++) {
                long seed = Simulator.sessionSeed(o.seed() ^ 0xABCDEFL, problem, i);
                String h = simulator.drawHost(seed);
                try {
                    simulator.run(p, problem, h, seed);
                } catch (ModelTooLargeException e) {
                    break;
                }
            }
        }
    }

    /** @param device the headset whose sessions these are; null: every headset's */
    static Row summarise(String problem, String host, String policy, List<SessionOutcome> outs, String device) {
        int n = outs.size();
        double[] secs = outs.stream().mapToDouble(SessionOutcome::seconds).sorted().toArray();
        long[] micros = outs.stream().flatMapToLong(x -> Arrays.stream(x.decisionNanos())).sorted().toArray();
        double mean = Arrays.stream(secs).average().orElse(0);
        double[] fixedWall = outs.stream().filter(SessionOutcome::fixed).mapToDouble(SessionOutcome::wallSeconds)
                .sorted().toArray();
        return new Row(problem, host, policy, n, mean, quantile(secs, 0.5), quantile(secs, 0.9),
                share(outs, x -> x.outcome() == Outcome.FIXED),
                share(outs, x -> x.outcome() == Outcome.FIXED && x.wallSeconds() <= 90),
                share(outs, x -> x.outcome() == Outcome.ESCALATED),
                share(outs, x -> x.outcome() == Outcome.ABANDONED),
                outs.stream().mapToInt(SessionOutcome::steps).average().orElse(0),
                micros.length == 0 ? 0.0 : quantile(micros, 0.5) / 1000.0,
                micros.length == 0 ? 0.0 : quantile(micros, 0.99) / 1000.0, null,
                outs.stream().mapToDouble(SessionOutcome::wallSeconds).average().orElse(0),
                fixedWall.length == 0 ? null : quantile(fixedWall, 0.5),
                outs.stream().mapToDouble(SessionOutcome::stepSeconds).average().orElse(0), device);
    }

    private static double share(List<SessionOutcome> outs, java.util.function.Predicate<SessionOutcome> p) {
        return outs.stream().filter(p).count() / (double) outs.size();
    }

    /** Nearest-rank quantile of sorted values. */
    static double quantile(double[] sorted, double q) {
        int i = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    static double quantile(long[] sorted, double q) {
        int i = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }
}
