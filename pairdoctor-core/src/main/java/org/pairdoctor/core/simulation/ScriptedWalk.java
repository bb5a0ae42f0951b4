package org.pairdoctor.core.simulation;

import org.pairdoctor.core.engine.Evidence;
import org.pairdoctor.core.engine.Policy;
import org.pairdoctor.core.engine.Step;
import org.pairdoctor.core.model.Action;
import org.pairdoctor.core.model.Answer;
import org.pairdoctor.core.model.Cause;
import org.pairdoctor.core.model.Question;
import org.pairdoctor.core.model.TroubleshootingModel;
import org.pairdoctor.core.session.Outcome;

import java.util.ArrayList;
import java.util.List;

/**
 * Scripted people with a cause the knowledge base can fix: for every problem, host and cause that
 * some action fixes with probability at least {@link #FIXES}, one person who answers every
 * question with the answer most likely under their cause and says "worked" only to an action that
 * fixes their cause with at least that probability. Nobody of them should be sent to support or
 * repair: every escalation here is needless (issue 10). Deterministic.
 */
public final class ScriptedWalk {
    /** The hosts people mostly have (the knowledge base's host families). */
    public static final List<String> MAIN_HOSTS = List.of("ios", "android", "macos", "windows-11", "linux");
    /** How likely an action must be to fix a cause for the person to count it as a fix. */
    public static final double FIXES = 0.5;

    private ScriptedWalk() {
    }

    /**
     * One scripted person's session.
     *
     * @param seconds     cost to the person (effort + weight × waiting, the escalation's cost included)
     * @param wallSeconds clock time: effort + waiting
     * @param path        the steps shown, in order
     */
    public record Case(String problem, String host, String cause, Outcome outcome, int steps, double seconds,
                       double wallSeconds, List<String> path, String device) {
        public Case {
            path = List.copyOf(path);
        }

        /** A case on the catalog's default device. */
        public Case(String problem, String host, String cause, Outcome outcome, int steps, double seconds,
                    double wallSeconds, List<String> path) {
            this(problem, host, cause, outcome, steps, seconds, wallSeconds, path, null);
        }

        @Override
        public String toString() {
            return problem + " on " + host + (device == null ? "" : " with " + device) + " with cause " + cause + ": "
                    + outcome.name().toLowerCase() + " after " + String.join(" → ", path);
        }

        Case on(String deviceId) {
            return new Case(problem, host, cause, outcome, steps, seconds, wallSeconds, path, deviceId);
        }
    }

    /** Every case of a walk, with its figures. */
    public record Report(List<Case> cases) {
        public Report {
            cases = List.copyOf(cases);
        }

        public List<Case> escalated() {
            return cases.stream().filter(c -> c.outcome() == Outcome.ESCALATED).toList();
        }

        public long fixed() {
            return cases.stream().filter(c -> c.outcome() == Outcome.FIXED).count();
        }

        public double fixedShare() {
            return cases.isEmpty() ? 0 : fixed() / (double) cases.size();
        }

        /** Median over the fixed cases (nearest rank); 0 when none. */
        public double medianSteps() {
            return median(cases.stream().filter(c -> c.outcome() == Outcome.FIXED).mapToDouble(Case::steps));
        }

        public double medianSeconds() {
            return median(cases.stream().filter(c -> c.outcome() == Outcome.FIXED).mapToDouble(Case::seconds));
        }

        public double medianWallSeconds() {
            return median(cases.stream().filter(c -> c.outcome() == Outcome.FIXED).mapToDouble(Case::wallSeconds));
        }

        private static double median(java.util.stream.DoubleStream values) {
            double[] v = values.sorted().toArray();
            return v.length == 0 ? 0 : Bench.quantile(v, 0.5);
        }
    }

    /** Walks every problem of the catalog on each of {@code hosts} with the policy, on the default device. */
    public static Report walk(ModelCatalog catalog, List<String> hosts, Policy policy) {
        return walk(catalog, hosts, java.util.Collections.singletonList(null), policy);
    }

    /**
     * Walks every problem of the catalog on each of {@code hosts} and each of {@code devices} (null: the
     * default device) with the policy; a problem that does not exist for a device is not walked on it.
     */
    public static Report walk(ModelCatalog catalog, List<String> hosts, List<String> devices, Policy policy) {
        List<Case> out = new ArrayList<>();
        for (String problem : catalog.problems()) {
            for (String device : devices) {
                if (!catalog.exists(problem, device)) {
                    continue;
                }
                for (String host : hosts) {
                    TroubleshootingModel m = catalog.model(problem, host, device);
                    for (Cause c : m.causes()) {
                        if (fixable(m, c.id())) {
                            out.add(person(m, problem, host, c.id(), policy).on(device));
                        }
                    }
                }
            }
        }
        return new Report(out);
    }

    /** True when some action fixes the cause with probability at least {@link #FIXES}. */
    public static boolean fixable(TroubleshootingModel m, String cause) {
        return m.actions().stream().anyMatch(a -> a.fixProbability(cause) >= FIXES);
    }

    /** One scripted person with {@code cause} meeting the policy on model {@code m}. */
    public static Case person(TroubleshootingModel m, String problem, String host, String cause, Policy policy) {
        Evidence e = Evidence.none();
        List<String> path = new ArrayList<>();
        double seconds = 0;
        double wall = 0;
        int limit = m.actions().size() + m.questions().size() + 1;
        while (path.size() < limit) {
            Step step = policy.next(m, e);
            path.add(step.id());
            if (step instanceof Step.Escalate) {
                seconds += m.escalation().seconds();
                wall += Math.min(SimulatedUser.ESCALATION_READ_SECONDS, m.escalation().seconds());
                return new Case(problem, host, cause, Outcome.ESCALATED, path.size(), seconds, wall, path);
            }
            if (step instanceof Step.Repair r) {
                Action a = m.action(r.id()).orElseThrow();
                seconds += a.seconds();
                wall += a.wallSeconds();
                if (a.fixProbability(cause) >= FIXES) {
                    return new Case(problem, host, cause, Outcome.FIXED, path.size(), seconds, wall, path);
                }
                e = e.withFailed(a.id());
            } else {
                Question q = m.question(step.id()).orElseThrow();
                seconds += q.seconds();
                wall += q.seconds();
                e = e.withAnswer(q.id(), likeliest(q, cause));
            }
        }
        return new Case(problem, host, cause, Outcome.ABANDONED, path.size(), seconds, wall, path);
    }

    /** The answer most likely under the cause (the first of equals). */
    static String likeliest(Question q, String cause) {
        Answer best = q.answers().get(0);
        for (Answer a : q.answers()) {
            if (a.likelihood(cause) > best.likelihood(cause)) {
                best = a;
            }
        }
        return best.id();
    }

    /** The figures in one line, for reports. */
    public static String summary(Report r) {
        return String.format(java.util.Locale.ROOT,
                "%d scripted people: %d fixed (%.1f%%), %d escalated needlessly, %d gave up; fixed ones: median "
                        + "%.0f steps, %.0f s cost, %.0f s on the clock",
                r.cases().size(), r.fixed(), 100 * r.fixedShare(), r.escalated().size(),
                r.cases().size() - r.fixed() - r.escalated().size(), r.medianSteps(), r.medianSeconds(),
                r.medianWallSeconds());
    }
}
