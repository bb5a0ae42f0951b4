package org.pairdoctor.core.learning;

import org.pairdoctor.core.PairdoctorException;
import org.pairdoctor.core.model.Action;
import org.pairdoctor.core.model.Question;
import org.pairdoctor.core.model.TroubleshootingModel;
import org.pairdoctor.core.session.Abandonment;
import org.pairdoctor.core.session.ModelSource;
import org.pairdoctor.core.session.Outcome;
import org.pairdoctor.core.session.Reply;
import org.pairdoctor.core.session.SessionRecord;
import org.pairdoctor.core.session.Turn;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Learns the parameters of the problems' models from stored sessions by expectation-maximisation.
 *
 * <p>The true cause of a session is hidden; what is seen is which actions failed, which answers were
 * given and which action fixed it (if any). The E-step spreads each session over the causes by its
 * posterior under the current numbers, P(c | evidence) ∝ prior(c) · ∏ (1 − fix(a, c)) over failed
 * actions · ∏ P(answer | c) · fix(X, c) when X fixed it; the M-step turns the expected counts into
 * Beta/Dirichlet posterior means with the knowledge base's numbers as priors (weight
 * {@link LearningSettings#pseudoCount()}). Each session's counts are weighted by
 * 0.5^(age / half-life). A host with enough sessions gets counts of its own; the others share the
 * problem's pooled counts. Within each, a device's numbers borrow from its family's, and the
 * family's from the host's or the pool's ({@link ProblemCounts#apply}). How long each step takes is seen directly and averaged the same way.
 * Which sessions are believed, and how much, is {@link SessionWeights}' call (replies too quick for a
 * person, sessions without an outcome, one client's flood): its weight multiplies the fading weight.
 * Pure: the clock is passed in. Thread-safe (no shared state).
 */
public final class Learner {
    private final LearningSettings settings;
    private final SessionWeights.Rules trust;

    public Learner(LearningSettings settings) {
        this(settings, SessionWeights.Rules.defaults());
    }

    /** @param trust which sessions learning believes, and how much ({@link SessionWeights}) */
    public Learner(LearningSettings settings, SessionWeights.Rules trust) {
        this.settings = settings;
        this.trust = trust;
    }

    /** What one run of learning produced, and how it went. */
    public record Result(LearnedParameters parameters, int sessionsUsed, int sessionsSkipped, int iterations) {
    }

    /**
     * Learns from {@code sessions}, with {@code base} (the knowledge base) giving each session's
     * model. Sessions of problems or hosts the base no longer knows, and sessions still running,
     * are skipped; steps the model no longer has are ignored.
     */
    public Result learn(List<SessionRecord> sessions, ModelSource base, Clock clock) {
        Instant now = clock.instant();
        Map<String, Group> groups = new LinkedHashMap<>();
        int skipped = 0;
        int used = 0;
        SessionWeights believed = SessionWeights.of(sessions, trust);
        for (SessionRecord s : sessions) {
            // A session in progress may still be continued; one idle too long counts as abandoned (one rule).
            double belief = believed.weight(s);
            if (belief == 0 || s.outcome() == Outcome.IN_PROGRESS && !Abandonment.expired(s, now)) {
                skipped++;
                continue;
            }
            // One group per device too: a device's model has only the causes and steps that exist for it.
            String k = key(s.problemId(), s.hostId()) + "\u0000" + s.deviceId();
            Group g = groups.get(k);
            if (g == null) {
                TroubleshootingModel m;
                try {
                    m = base.model(s.problemId(), s.hostId(), s.deviceId());
                } catch (PairdoctorException e) {
                    skipped++;
                    continue;
                }
                g = new Group(s.problemId(), s.hostId(), base.deviceFamily(s.deviceId()).orElse(null), m);
                groups.put(k, g);
            }
            g.add(s, weight(s, now) * belief, believed);
            used++;
        }

        Map<String, ProblemCounts> current = new LinkedHashMap<>();
        int iterations = 0;
        for (int it = 1; it <= settings.maxIterations(); it++) {
            iterations = it;
            LearnedParameters params = new LearnedParameters(0, now, used, settings.pseudoCount(), current);
            Map<String, ScopeTally> pooled = new LinkedHashMap<>();
            Map<String, Map<String, ScopeTally>> byHost = new LinkedHashMap<>();
            for (Group g : groups.values()) {
                TroubleshootingModel m = params.apply(g.base, g.problem, g.host, g.device);
                List<Tally> into = ScopeTally.list();
                byHost.computeIfAbsent(g.problem, p -> new LinkedHashMap<>())
                        .computeIfAbsent(g.host, h -> new ScopeTally()).targets(g.device, into);
                pooled.computeIfAbsent(g.problem, p -> new ScopeTally()).targets(g.device, into);
                g.expect(m, settings.floor(), into);
            }
            Map<String, ProblemCounts> next = new LinkedHashMap<>();
            for (Map.Entry<String, ScopeTally> e : pooled.entrySet()) {
                Map<String, OutcomeCounts> own = new LinkedHashMap<>();
                Map<String, Map<String, FamilyCounts>> ownFamilies = new LinkedHashMap<>();
                Map<String, Double> seen = new LinkedHashMap<>();
                byHost.get(e.getKey()).forEach((h, t) -> {
                    seen.put(h, t.sessions());
                    if (t.sessions() >= settings.minHostSessions()) {
                        own.put(h, t.counts());
                        ownFamilies.put(h, t.familyCounts());
                    }
                });
                next.put(e.getKey(), new ProblemCounts(e.getValue().counts(), own, seen,
                        e.getValue().familyCounts(), ownFamilies));
            }
            double moved = CountMoves.largest(current, next);
            current = next;
            if (moved < settings.tolerance()) {
                break;
            }
        }
        return new Result(new LearnedParameters(0, now, used, settings.pseudoCount(), current), used, skipped,
                iterations);
    }

    private double weight(SessionRecord s, Instant now) {
        Instant at = s.endedAt() != null ? s.endedAt() : s.startedAt();
        double age = Math.max(0, Duration.between(at, now).toMillis());
        return Math.pow(0.5, age / settings.halfLife().toMillis());
    }

    private static String key(String problem, String host) {
        return problem + "\u0000" + host;
    }

    /**
     * The sessions of one problem on one host with one device, compiled to indices into its base model so that the
     * E-step, run many times, is plain array arithmetic.
     */
    private static final class Group {
        final String problem;
        final String host;
        /** the session's device and its family; null when the source knows no devices */
        final ModelSource.DeviceFamily device;
        final TroubleshootingModel base;
        final Map<String, Integer> actionIndex = new HashMap<>();
        final Map<String, Integer> questionIndex = new HashMap<>();
        final List<Map<String, Integer>> answerIndex = new ArrayList<>();
        final List<Observation> observations = new ArrayList<>();

        Group(String problem, String host, ModelSource.DeviceFamily device, TroubleshootingModel base) {
            this.problem = problem;
            this.host = host;
            this.device = device;
            this.base = base;
            for (int i = 0; i < base.actions().size(); i++) {
                actionIndex.put(base.actions().get(i).id(), i);
            }
            for (int i = 0; i < base.questions().size(); i++) {
                Question q = base.questions().get(i);
                questionIndex.put(q.id(), i);
                Map<String, Integer> answers = new HashMap<>();
                for (int j = 0; j < q.answers().size(); j++) {
                    answers.put(q.answers().get(j).id(), j);
                }
                answerIndex.add(answers);
            }
        }

        void add(SessionRecord s, double weight, SessionWeights believed) {
            List<Integer> failed = new ArrayList<>();
            List<int[]> answered = new ArrayList<>();
            Map<String, Double> took = new LinkedHashMap<>();
            int worked = -1;
            Map<String, Instant> confirmedFrom = new HashMap<>();
            for (Turn t : s.turns()) {
                if (t.reply() instanceof Reply.Confirmed) {
                    // Not evidence; the step's time runs from when it was first shown to its outcome.
                    confirmedFrom.putIfAbsent(t.stepId(), t.shownAt());
                    continue;
                }
                if (!(t.reply() instanceof Reply.Skipped) && (actionIndex.containsKey(t.stepId())
                        || questionIndex.containsKey(t.stepId()))) {
                    Instant shown = confirmedFrom.getOrDefault(t.stepId(), t.shownAt());
                    believed.seconds(shown, t.answeredAt()).ifPresent(sec -> took.put(t.stepId(), sec));
                }
                if (t.reply() instanceof Reply.DidNotHelp || t.reply() instanceof Reply.Worked) {
                    Integer a = actionIndex.get(t.stepId());
                    if (a == null) {
                        continue;
                    }
                    if (t.reply() instanceof Reply.Worked) {
                        worked = a;
                    } else {
                        failed.add(a);
                    }
                } else if (t.reply() instanceof Reply.Answered ans) {
                    Integer q = questionIndex.get(t.stepId());
                    Integer j = q == null ? null : answerIndex.get(q).get(ans.answerId());
                    if (j != null) {
                        answered.add(new int[]{q, j});
                    }
                }
            }
            observations.add(new Observation(weight, failed.stream().mapToInt(Integer::intValue).toArray(),
                    worked, answered.toArray(new int[0][]), took));
        }

        /** E-step for this group's sessions under {@code m}, adding to each tally of {@code into} (the scopes, families, device). */
        void expect(TroubleshootingModel m, double floor, List<Tally> into) {
            int nc = m.causes().size();
            double[] prior = new double[nc];
            double[][] fix = new double[m.actions().size()][nc];
            double[][][] like = new double[m.questions().size()][][];
            for (int c = 0; c < nc; c++) {
                prior[c] = m.causes().get(c).prior();
            }
            for (int a = 0; a < fix.length; a++) {
                Action act = m.actions().get(a);
                for (int c = 0; c < nc; c++) {
                    fix[a][c] = act.fixProbability(m.causes().get(c).id());
                }
            }
            for (int q = 0; q < like.length; q++) {
                Question qq = m.questions().get(q);
                like[q] = new double[qq.answers().size()][nc];
                for (int j = 0; j < qq.answers().size(); j++) {
                    for (int c = 0; c < nc; c++) {
                        like[q][j][c] = qq.answers().get(j).likelihood(m.causes().get(c).id());
                    }
                }
            }
            double[] w = new double[nc];
            for (Observation o : observations) {
                double total = likelihoods(o, prior, fix, like, 0, w);
                if (!(total > 0)) {
                    // The current numbers call this session impossible (say, a fix by an action the
                    // knowledge base thought useless for every likely cause): give each observation
                    // at least the floor's likelihood so the session still teaches something.
                    // Only then: floors everywhere would let EM drift to degenerate answers.
                    total = likelihoods(o, prior, fix, like, floor, w);
                }
                if (!(total > 0)) {
                    // Evidence impossible even with the floor (all priors 0): it cannot teach anything.
                    continue;
                }
                for (Tally t : into) {
                    t.session(o.weight);
                    o.took.forEach((step, sec) -> t.took(step, sec, o.weight));
                }
                for (int c = 0; c < nc; c++) {
                    double p = o.weight * w[c] / total;
                    if (p == 0) {
                        continue;
                    }
                    String cause = m.causes().get(c).id();
                    for (Tally t : into) {
                        t.cause(cause, p);
                    }
                    for (int a : o.failed) {
                        String action = m.actions().get(a).id();
                        into.forEach(t -> t.tried(action, cause, p, false));
                    }
                    if (o.worked >= 0) {
                        String action = m.actions().get(o.worked).id();
                        into.forEach(t -> t.tried(action, cause, p, true));
                    }
                    for (int[] qa : o.answers) {
                        Question q = m.questions().get(qa[0]);
                        String answer = q.answers().get(qa[1]).id();
                        into.forEach(t -> t.answered(q.id(), answer, cause, p));
                    }
                }
            }
        }
    }

    /** Fills {@code w} with prior(c) · P(evidence | c) per cause, each factor at least {@code floor}; returns the sum. */
    private static double likelihoods(Observation o, double[] prior, double[][] fix, double[][][] like, double floor,
                                      double[] w) {
        double total = 0;
        for (int c = 0; c < w.length; c++) {
            double l = prior[c];
            for (int a : o.failed) {
                l *= Math.max(1 - fix[a][c], floor);
            }
            if (o.worked >= 0) {
                l *= Math.max(fix[o.worked][c], floor);
            }
            for (int[] qa : o.answers) {
                l *= Math.max(like[qa[0]][qa[1]][c], floor);
            }
            w[c] = l;
            total += l;
        }
        return total;
    }

    /** One session in index form: its fading weight, failed actions, the fixing action or -1, answers, durations. */
    private record Observation(double weight, int[] failed, int worked, int[][] answers, Map<String, Double> took) {
    }
}
