package org.pairdoctor.core.vignette;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The results of a run of the suite, and their text form (shared by {@code pairdoctor vignettes} and
 * {@code kb check}). Immutable.
 */
public record VignetteReport(List<VignetteResult> results) {
    public VignetteReport {
        results = List.copyOf(results);
    }

    /** True when no case fails the suite (known failures that still fail do not). */
    public boolean passed() {
        return results.stream().noneMatch(r -> r.verdict().failsSuite());
    }

    public long count(VignetteResult.Verdict verdict) {
        return results.stream().filter(r -> r.verdict() == verdict).count();
    }

    /** One line: how many cases passed and failed. */
    public String summary() {
        String s = results.size() + " cases: " + count(VignetteResult.Verdict.PASS) + " passed, "
                + count(VignetteResult.Verdict.FAIL) + " failed";
        if (count(VignetteResult.Verdict.KNOWN_FAILURE) > 0) {
            s += ", " + count(VignetteResult.Verdict.KNOWN_FAILURE) + " known failures (KNOWN-FAILURES)";
        }
        if (count(VignetteResult.Verdict.PASSES_BUT_LISTED) > 0) {
            s += ", " + count(VignetteResult.Verdict.PASSES_BUT_LISTED) + " listed in KNOWN-FAILURES but passing";
        }
        return s;
    }

    /**
     * A case as text: one line for a pass; for anything else also the case's place, its story, the path
     * taken (step, reply) and the step where it went wrong.
     */
    public static List<String> describe(VignetteResult r) {
        VignetteCase c = r.vignetteCase();
        List<String> lines = new ArrayList<>();
        String head = switch (r.verdict()) {
            case PASS -> "PASS";
            case FAIL -> "FAIL";
            case KNOWN_FAILURE -> "KNOWN FAILURE";
            case PASSES_BUT_LISTED -> "PASSES (remove it from KNOWN-FAILURES)";
        };
        lines.add(String.format(Locale.ROOT, "%s %s (%s, cause %s, %d %s)", head, c.name(), c.host(), c.cause(),
                r.path().size(), r.path().size() == 1 ? "step" : "steps"));
        if (r.verdict() == VignetteResult.Verdict.PASS) {
            return lines;
        }
        lines.add("  " + c.where() + ": " + c.story().strip());
        int wrong = r.failure().map(VignetteResult.Failure::step).orElse(-1);
        for (Move m : r.path()) {
            lines.add(String.format(Locale.ROOT, "  %s%2d. %-30s %s%s", m.number() == wrong ? ">" : " ", m.number(),
                    m.stepId(), m.reply(), note(m.how())));
        }
        r.failure().ifPresent(f -> lines.add("  went wrong at step " + f.step() + ": " + f.message()));
        return lines;
    }

    private static String note(Move.How how) {
        return switch (how) {
            case MISTAKE -> "  (the person's mistake)";
            case ASSUMED -> "  (assumed: likeliest under the true cause)";
            case FIX -> "  (an acceptable fix)";
            default -> "";
        };
    }
}
