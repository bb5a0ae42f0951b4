package org.pairdoctor.cli;

import org.pairdoctor.core.model.Action;
import org.pairdoctor.core.simulation.Bench;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code bench}'s rows as a table and as JSON. */
final class BenchRows {
    private BenchRows() {
    }

    static Map<String, Object> json(Bench.Row r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("problem", r.problem());
        m.put("host", r.host());
        m.put("policy", r.policy());
        if (r.device() != null) {
            m.put("device", r.device());
        }
        m.put("sessions", r.sessions());
        m.put("meanSeconds", r.meanSeconds());
        m.put("medianSeconds", r.medianSeconds());
        m.put("p90Seconds", r.p90Seconds());
        m.put("resolvedShare", r.resolvedShare());
        m.put("within90sShare", r.within90sShare());
        m.put("meanStepSeconds", r.meanStepSeconds());
        m.put("meanClockSeconds", r.meanWallSeconds());
        m.put("medianClockSecondsFixed", r.medianWallSecondsFixed());
        m.put("escalatedShare", r.escalatedShare());
        m.put("abandonedShare", r.abandonedShare());
        m.put("meanSteps", r.meanSteps());
        m.put("decisionMicrosP50", r.decisionMicrosP50());
        m.put("decisionMicrosP99", r.decisionMicrosP99());
        if (r.note() != null) {
            m.put("note", r.note());
        }
        return m;
    }

    static void table(PrintWriter out, List<Bench.Row> rows) {
        String fmt = "%-34s %-18s %-8s %8s %8s %8s %8s %9s %9s %8s %8s %6s %8s %8s%n";
        out.printf(Locale.ROOT, fmt, "problem", "host", "policy", "cost s", "median", "p90", "step s", "resolved",
                "escalated", "clock s", "<=90s", "steps", "p50 us", "p99 us");
        List<String> notes = new ArrayList<>();
        for (Bench.Row r : rows) {
            if (r.meanSeconds() == null) {
                out.printf(Locale.ROOT, fmt, r.problem(), r.host(), r.policy(), "-", "-", "-", "-", "-", "-", "-", "-", "-",
                        "-", "-");
                notes.add(r.problem() + " / " + r.policy() + ": " + r.note());
                continue;
            }
            String problemColumn = r.device() == null ? r.problem() : r.problem() + " on " + r.device();
            out.printf(Locale.ROOT, fmt, problemColumn, r.host(), r.policy(), f1(r.meanSeconds()), f1(r.medianSeconds()),
                    f1(r.p90Seconds()), f1(r.meanStepSeconds()), pct(r.resolvedShare()), pct(r.escalatedShare()),
                    f1(r.meanWallSeconds()),
                    pct(r.within90sShare()),
                    String.format(Locale.ROOT, "%.2f", r.meanSteps()), f1(r.decisionMicrosP50()), f1(r.decisionMicrosP99()));
        }
        notes.forEach(n -> out.println("note: " + n));
        out.println("cost s: the person's cost per session (effort + " + Action.WAIT_WEIGHT + " x waiting, an escalation's "
                + "estimated full cost included; docs/cost-model.md); step s: the same without the escalation's cost; "
                + "clock s: effort + waiting; <=90s: fixed within 90 clock seconds");
    }

    private static String f1(double x) {
        return String.format(Locale.ROOT, "%.1f", x);
    }

    private static String pct(double x) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * x);
    }
}
