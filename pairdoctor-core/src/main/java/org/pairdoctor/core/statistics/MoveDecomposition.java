package org.pairdoctor.core.statistics;

import org.pairdoctor.core.engine.Planner;
import org.pairdoctor.core.model.Action;
import org.pairdoctor.core.model.Answer;
import org.pairdoctor.core.model.Cause;
import org.pairdoctor.core.model.NumberWeights;
import org.pairdoctor.core.model.Question;
import org.pairdoctor.core.model.TroubleshootingModel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Why steps moved in the planner's order between two models of one problem on one host: the change
 * is split into parts (the causes' probabilities, each action's fix rates, each step's time, each
 * question's answers), and each part is scored by how far it moves a step's position in
 * {@link StepRanking}: half of what it does on its own from the old model, plus half of what undoing
 * it alone takes back from the new one. With two parts that is exactly their Shapley value; with more
 * it is its two-sided estimate. So a step that moved up because its cause became common is credited
 * to the cause's probability, even if its time also fell, unless the time alone would have moved it.
 * Pure. Each part costs two rankings, shared by every step of the problem.
 */
public final class MoveDecomposition {
    /** Moves smaller than these are noise for the report: probabilities in points, times relative. */
    static final double MIN_PROBABILITY_MOVE = 0.01;
    static final double MIN_TIME_MOVE = 0.05;

    private final TroubleshootingModel before;
    private final TroubleshootingModel after;
    private final NumberWeights weights;
    private final List<String> was;
    private final List<String> is;
    private final List<Scored> parts = new ArrayList<>();

    /** One part of the change with the orders with it alone applied and with it alone undone. */
    private record Scored(MovePart.Kind kind, String subject, List<String> alone, List<String> without) {
    }

    /**
     * @param weights the data behind the new model's numbers (effective samples, for intervals)
     */
    public MoveDecomposition(TroubleshootingModel before, TroubleshootingModel after, NumberWeights weights,
                             Planner planner) {
        this.before = before;
        this.after = after;
        this.weights = weights;
        this.was = StepRanking.of(before, planner);
        this.is = StepRanking.of(after, planner);
        for (Map.Entry<MovePart.Kind, String> p : changedParts()) {
            parts.add(new Scored(p.getKey(), p.getValue(),
                    StepRanking.of(with(before, after, p.getKey(), p.getValue()), planner),
                    StepRanking.of(with(after, before, p.getKey(), p.getValue()), planner)));
        }
    }

    /** The order before (first shown first). */
    public List<String> before() {
        return was;
    }

    /** The order after. */
    public List<String> after() {
        return is;
    }

    /**
     * The parts of the change that moved {@code step}, the one that moved it most first (in the
     * direction it moved); parts that did not move it are left out.
     */
    public List<MovePart> of(String step) {
        List<MovePart> out = new ArrayList<>();
        for (Scored s : parts) {
            double effect = 0.5 * (position(was, step) - position(s.alone(), step))
                    + 0.5 * (position(s.without(), step) - position(is, step));
            if (effect != 0) {
                out.add(part(s.kind(), s.subject(), step, effect));
            }
        }
        double moved = position(was, step) - position(is, step);
        out.sort(Comparator.comparingDouble((MovePart p) -> Math.signum(p.effect()) == Math.signum(moved) ? 0 : 1)
                .thenComparingDouble(p -> -Math.abs(p.effect()))
                .thenComparingDouble(p -> -p.size()));
        return out;
    }

    /** 1-based position; a step not shown counts as one past the end. */
    private static double position(List<String> order, String step) {
        int i = order.indexOf(step);
        return i < 0 ? order.size() + 1 : i + 1;
    }

    private List<Map.Entry<MovePart.Kind, String>> changedParts() {
        List<Map.Entry<MovePart.Kind, String>> out = new ArrayList<>();
        double prior = 0;
        for (Cause c : after.causes()) {
            prior = Math.max(prior, Math.abs(c.prior() - priorOf(before, c.id())));
        }
        if (prior >= MIN_PROBABILITY_MOVE) {
            out.add(Map.entry(MovePart.Kind.CAUSE_PROBABILITY, ""));
        }
        for (Action a : after.actions()) {
            Action old = before.action(a.id()).orElse(a);
            double fix = 0;
            for (Cause c : after.causes()) {
                fix = Math.max(fix, Math.abs(a.fixProbability(c.id()) - old.fixProbability(c.id())));
            }
            if (fix >= MIN_PROBABILITY_MOVE) {
                out.add(Map.entry(MovePart.Kind.FIX_RATE, a.id()));
            }
            if (relative(old.effortSeconds(), a.effortSeconds()) >= MIN_TIME_MOVE) {
                out.add(Map.entry(MovePart.Kind.TIME, a.id()));
            }
        }
        for (Question q : after.questions()) {
            Question old = before.question(q.id()).orElse(q);
            if (relative(old.seconds(), q.seconds()) >= MIN_TIME_MOVE) {
                out.add(Map.entry(MovePart.Kind.TIME, q.id()));
            }
            if (answerMove(old, q).size() >= MIN_PROBABILITY_MOVE) {
                out.add(Map.entry(MovePart.Kind.ANSWERS, q.id()));
            }
        }
        return out;
    }

    private static double relative(double a, double b) {
        return Math.abs(b - a) / Math.max(a, 1);
    }

    /** {@code base} with one part taken from {@code other}. */
    static TroubleshootingModel with(TroubleshootingModel base, TroubleshootingModel other, MovePart.Kind kind,
                                     String subject) {
        List<Cause> causes = kind == MovePart.Kind.CAUSE_PROBABILITY ? other.causes() : base.causes();
        List<Action> actions = base.actions();
        List<Question> questions = base.questions();
        switch (kind) {
            case FIX_RATE -> actions = replace(actions, subject, a -> new Action(a.id(), a.seconds(),
                    other.action(subject).orElseThrow().fixes(), a.destructive(), a.effortSeconds(), a.waitSeconds()));
            case TIME -> {
                actions = replace(actions, subject, a -> a.withEffort(other.action(subject).orElseThrow().effortSeconds()));
                questions = replaceQ(questions, subject, q -> new Question(q.id(),
                        other.question(subject).orElseThrow().seconds(), q.answers()));
            }
            case ANSWERS -> questions = replaceQ(questions, subject, q -> new Question(q.id(), q.seconds(),
                    other.question(subject).orElseThrow().answers()));
            default -> {
            }
        }
        return new TroubleshootingModel(base.problem(), base.context(), causes, actions, questions, base.escalation(),
                base.staticOrder());
    }

    private static List<Action> replace(List<Action> list, String id, UnaryOperator<Action> f) {
        return list.stream().map(a -> a.id().equals(id) ? f.apply(a) : a).toList();
    }

    private static List<Question> replaceQ(List<Question> list, String id, UnaryOperator<Question> f) {
        return list.stream().map(q -> q.id().equals(id) ? f.apply(q) : q).toList();
    }

    /** The part, described by its number that matters most for {@code step}. */
    private MovePart part(MovePart.Kind kind, String subject, String step, double effect) {
        double k = weights.pseudoCount();
        return switch (kind) {
            case CAUSE_PROBABILITY -> {
                Cause c = causeFor(step);
                yield new MovePart(kind, c.id(), null, null, priorOf(before, c.id()), c.prior(), weights.sessions(),
                        Beta.ofMean(c.prior(), k + weights.sessions()), effect);
            }
            case FIX_RATE -> {
                Action a = after.action(subject).orElseThrow();
                Action old = before.action(subject).orElseThrow();
                Cause c = after.causes().stream().max(Comparator.comparingDouble((Cause x) ->
                        Math.abs(a.fixProbability(x.id()) - old.fixProbability(x.id())))).orElseThrow();
                double n = weights.tries(subject, c.id());
                yield new MovePart(kind, c.id(), subject, null, old.fixProbability(c.id()), a.fixProbability(c.id()),
                        n, Beta.ofMean(a.fixProbability(c.id()), k + n), effect);
            }
            case TIME -> {
                double b = after.action(subject).isPresent() ? before.action(subject).orElseThrow().effortSeconds()
                        : before.question(subject).orElseThrow().seconds();
                double x = after.action(subject).map(Action::effortSeconds)
                        .orElseGet(() -> after.question(subject).orElseThrow().seconds());
                yield new MovePart(kind, null, subject, null, b, x, weights.timed().getOrDefault(subject, 0.0), null,
                        effect);
            }
            case ANSWERS -> {
                AnswerMove m = answerMove(before.question(subject).orElseThrow(), after.question(subject).orElseThrow());
                double n = weights.answered().getOrDefault(subject, 0.0);
                yield new MovePart(kind, m.cause(), subject, m.answer(), m.before(), m.after(), n,
                        Beta.ofMean(m.after(), k + n), effect);
            }
        };
    }

    /** The cause whose probability matters for the step: the one it fixes that moved most, else the one that moved most. */
    private Cause causeFor(String step) {
        Action a = after.action(step).orElse(null);
        Comparator<Cause> moved = Comparator.comparingDouble(c -> Math.abs(c.prior() - priorOf(before, c.id())));
        return after.causes().stream().filter(c -> a == null || a.fixProbability(c.id()) > 0).max(moved)
                .orElseGet(() -> after.causes().stream().max(moved).orElseThrow());
    }

    private static double priorOf(TroubleshootingModel m, String cause) {
        return m.causes().stream().filter(c -> c.id().equals(cause)).mapToDouble(Cause::prior).findFirst().orElse(0);
    }

    private record AnswerMove(String answer, String cause, double before, double after) {
        double size() {
            return Math.abs(after - before);
        }
    }

    private static AnswerMove answerMove(Question old, Question q) {
        AnswerMove best = new AnswerMove(null, null, 0, 0);
        for (Answer a : q.answers()) {
            Answer o = old.answer(a.id()).orElse(a);
            Map<String, Double> causes = new LinkedHashMap<>(a.likelihood());
            o.likelihood().keySet().forEach(c -> causes.putIfAbsent(c, 0.0));
            for (String c : causes.keySet()) {
                AnswerMove m = new AnswerMove(a.id(), c, o.likelihood(c), a.likelihood(c));
                if (m.size() > best.size()) {
                    best = m;
                }
            }
        }
        return best;
    }
}
