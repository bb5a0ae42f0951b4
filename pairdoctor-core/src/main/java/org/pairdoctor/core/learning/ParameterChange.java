package org.pairdoctor.core.learning;

import org.pairdoctor.core.model.Action;
import org.pairdoctor.core.model.Answer;
import org.pairdoctor.core.model.Cause;
import org.pairdoctor.core.model.Question;
import org.pairdoctor.core.model.TroubleshootingModel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * One number of a model that learning moved, e.g. P(fix | battery-optimisation) of
 * exempt-from-battery-optimisation from 0.60 to 0.42, learned from an effective sample of 340 tries
 * (faded and expected counts: recent sessions weigh more, and a session whose cause is uncertain
 * counts partly for each cause; so it is not a head count and is never shown as "n=").
 *
 * @param device the device whose own numbers moved it (its sessions on its family's numbers); null for the
 *               host's (or the pool's) numbers, which every device without a level of its own shares
 * @param kind   PRIOR (of {@code cause}), FIX (of action {@code step} given {@code cause}), ANSWER
 *               ({@code answer} to question {@code step} given {@code cause}) or SECONDS (mean duration
 *               of {@code step}; {@code cause} null)
 * @param step   the action or question; null for a prior
 * @param answer the answer; null unless ANSWER
 * @param n      the effective sample size behind the new number (faded, expected observations)
 */
public record ParameterChange(String problem, String host, String device, Kind kind, String cause, String step,
                              String answer, double before, double after, double n) {
    /** A change of the host's (or the pool's) numbers, shared by every device. */
    public ParameterChange(String problem, String host, Kind kind, String cause, String step, String answer,
                           double before, double after, double n) {
        this(problem, host, null, kind, cause, step, answer, before, after, n);
    }

    /** Which kind of number moved. */
    public enum Kind { PRIOR, FIX, ANSWER, SECONDS }

    /** The same change, of a device's own numbers. */
    public ParameterChange of(String deviceId) {
        return new ParameterChange(problem, host, deviceId, kind, cause, step, answer, before, after, n);
    }

    /** Which number this is (kind, cause, step, answer), whatever its values. */
    public String number() {
        return kind + "\u0000" + cause + "\u0000" + step + "\u0000" + answer;
    }

    /** "no-sound on android" or "no-sound on android with sony-wh-1000xm4". */
    public String where() {
        return problem + " on " + host + (device == null ? "" : " with " + device);
    }

    public double move() {
        return after - before;
    }

    /** The move on a common scale for ranking: probabilities as they are, seconds relative to before. */
    public double size() {
        return kind == Kind.SECONDS ? Math.abs(move()) / Math.max(before, 1) : Math.abs(move());
    }

    /** "P(fix | battery-optimisation) for exempt-from-battery-optimisation: 0.60 → 0.42 (effective sample 340)". */
    public String describe() {
        if (kind == Kind.SECONDS) {
            return String.format(Locale.ROOT, "seconds of %s: %.0f \u2192 %.0f (effective sample %d)", step, before,
                    after, Math.round(n));
        }
        String what = switch (kind) {
            case PRIOR -> "P(" + cause + ")";
            case FIX -> "P(fix | " + cause + ") for " + step;
            case ANSWER -> "P(" + answer + " | " + cause + ") for " + step;
            case SECONDS -> throw new IllegalStateException("handled above");
        };
        return String.format(Locale.ROOT, "%s: %.2f \u2192 %.2f (effective sample %d)", what, before, after,
                Math.round(n));
    }

    /**
     * Every number that differs between two versions of one problem's model on one host, largest
     * move first. {@code counts} supply the n of each number.
     */
    public static List<ParameterChange> between(String problem, String host, TroubleshootingModel before,
                                                TroubleshootingModel after, OutcomeCounts counts) {
        List<ParameterChange> out = new ArrayList<>();
        for (Cause c : after.causes()) {
            double b = before.causes().stream().filter(x -> x.id().equals(c.id())).mapToDouble(Cause::prior)
                    .findFirst().orElse(0);
            add(out, new ParameterChange(problem, host, Kind.PRIOR, c.id(), null, null, b, c.prior(),
                    counts.sessions()));
        }
        for (Action a : after.actions()) {
            Action old = before.action(a.id()).orElse(null);
            addSeconds(out, problem, host, a.id(), old == null ? a.seconds() : old.seconds(), a.seconds(), counts);
            for (Cause c : after.causes()) {
                double b = old == null ? 0 : old.fixProbability(c.id());
                add(out, new ParameterChange(problem, host, Kind.FIX, c.id(), a.id(), null, b,
                        a.fixProbability(c.id()), counts.tries(a.id(), c.id())));
            }
        }
        for (Question q : after.questions()) {
            Question old = before.question(q.id()).orElse(null);
            addSeconds(out, problem, host, q.id(), old == null ? q.seconds() : old.seconds(), q.seconds(), counts);
            for (Answer ans : q.answers()) {
                Answer oldAns = old == null ? null : old.answer(ans.id()).orElse(null);
                for (Cause c : after.causes()) {
                    double b = oldAns == null ? 0 : oldAns.likelihood(c.id());
                    add(out, new ParameterChange(problem, host, Kind.ANSWER, c.id(), q.id(), ans.id(), b,
                            ans.likelihood(c.id()), counts.answered(q.id(), c.id())));
                }
            }
        }
        out.sort(largestFirst());
        return out;
    }

    /** Orders changes by the size of their move, largest first. */
    public static Comparator<ParameterChange> largestFirst() {
        return Comparator.comparingDouble((ParameterChange c) -> -c.size())
                .thenComparing(ParameterChange::problem).thenComparing(ParameterChange::host)
                .thenComparing(c -> c.device() == null ? "" : c.device());
    }

    private static void addSeconds(List<ParameterChange> out, String problem, String host, String step,
                                   double before, double after, OutcomeCounts counts) {
        if (Math.abs(after - before) >= 0.5) {
            out.add(new ParameterChange(problem, host, Kind.SECONDS, null, step, null, before, after,
                    counts.timed(step)));
        }
    }

    private static void add(List<ParameterChange> out, ParameterChange c) {
        if (Math.abs(c.move()) >= 1e-9) {
            out.add(c);
        }
    }
}
