package org.pairdoctor.core.statistics;

import java.util.Locale;

/**
 * One part of a learned change and how much it moved a step in the planner's order.
 *
 * @param kind     which number: a cause's probability, an action's fix rate, a step's time, a question's answers
 * @param cause    the cause the number is about (null for a time)
 * @param step     the action or question (null for a cause's probability)
 * @param answer   the answer (ANSWERS only)
 * @param before   the number before (probabilities 0..1; times in seconds)
 * @param after    the number after
 * @param effectiveSample the effective sample size behind the new number: faded, expected counts, not a
 *                 head count
 * @param posterior the new probability's posterior (its 95% interval is shown); null for a time
 * @param effect   places the part moved the step up (negative: down), see {@link MoveDecomposition}
 */
public record MovePart(Kind kind, String cause, String step, String answer, double before, double after,
                       double effectiveSample, Beta posterior, double effect) {
    /** Which kind of number moved. */
    public enum Kind { CAUSE_PROBABILITY, FIX_RATE, TIME, ANSWERS }

    /** The size of the change on a common scale (probability points, or time relative to before). */
    public double size() {
        return kind == Kind.TIME ? Math.abs(after - before) / Math.max(before, 1) : Math.abs(after - before);
    }

    /** "the probability of cause b" / "the fix rate of fix-a when the cause is a" / "the time of fix-b". */
    public String subject() {
        return switch (kind) {
            case CAUSE_PROBABILITY -> "the probability of cause " + cause;
            case FIX_RATE -> "the fix rate of " + step + " when the cause is " + cause;
            case TIME -> "the time of " + step;
            case ANSWERS -> "the chance of answer " + answer + " to " + step + " when the cause is " + cause;
        };
    }

    /** "rose from 30% to 78%" or "fell from 120 s to 19 s". */
    public String change() {
        String verb = after >= before ? "rose" : "fell";
        if (kind == Kind.TIME) {
            return String.format(Locale.ROOT, "%s from %.0f s to %.0f s", verb, before, after);
        }
        return String.format(Locale.ROOT, "%s from %d%% to %d%%", verb, Math.round(before * 100), Math.round(after * 100));
    }

    /** "effective sample 612 sessions; 95% posterior interval 74–81%". */
    public String evidence() {
        String unit = switch (kind) {
            case CAUSE_PROBABILITY -> "sessions";
            case FIX_RATE -> "tries";
            case TIME -> "timings";
            case ANSWERS -> "answers";
        };
        String sample = "effective sample " + Math.round(effectiveSample) + " " + unit;
        return posterior == null ? sample : sample + "; 95% posterior interval " + posterior.interval();
    }

    /** "moved it up 2 places" / "moved it down 1 place" / "moved it up half a place". */
    public String moved() {
        double e = Math.abs(effect);
        String places = e == 0.5 ? "half a place" : (e == Math.rint(e) ? String.valueOf((long) e)
                : String.format(Locale.ROOT, "%.1f", e)) + (e == 1 ? " place" : e == 0.5 ? "" : " places");
        return "moved it " + (effect > 0 ? "up " : "down ") + places;
    }

    /** The whole sentence: "the probability of cause b rose from 30% to 78% (effective sample …)". */
    public String describe() {
        return subject() + " " + change() + " (" + evidence() + ")";
    }
}
