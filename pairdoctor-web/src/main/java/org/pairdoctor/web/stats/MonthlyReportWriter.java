package org.pairdoctor.web.stats;

import org.pairdoctor.core.PairdoctorException;
import org.pairdoctor.core.statistics.GroupStatistics;
import org.pairdoctor.core.statistics.MonthlyReport;
import org.pairdoctor.core.statistics.Statistics;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes a {@link MonthlyReport} as {@code index.html} with its charts as PNG files beside it, in one
 * directory that can be copied or mailed as it is (no JavaScript, no external resources).
 */
public final class MonthlyReportWriter {
    private MonthlyReportWriter() {
    }

    /** Writes the report into {@code dir} (created if needed) and returns the HTML file. */
    public static Path write(MonthlyReport r, Path dir) {
        try {
            Files.createDirectories(dir);
            StringBuilder h = new StringBuilder();
            String title = "pairdoctor monthly report " + r.month();
            h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(esc(title))
                    .append("</title>\n<style>body{font-family:sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}"
                            + "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.3rem .6rem;text-align:left}"
                            + "td.n{text-align:right}img{max-width:100%}</style></head><body>\n");
            h.append("<h1>").append(esc(title)).append("</h1>\n");
            GroupStatistics now = r.thisMonth().overall();
            GroupStatistics before = r.lastMonth().overall();
            if (now.sessions() == 0) {
                h.append("<p><strong>No sessions were stored in ").append(r.month())
                        .append(".</strong> There is nothing to report for this month.</p>\n");
                if (before.sessions() > 0) {
                    h.append("<p>The month before, ").append(r.month().minusMonths(1)).append(", had ")
                            .append(before.sessions()).append(" sessions.</p>\n");
                }
                h.append("</body></html>\n");
                return save(dir, h);
            }

            h.append("<h2>Data quality</h2>\n<table><tr><th></th><th>").append(r.month()).append("</th><th>")
                    .append(r.month().minusMonths(1)).append("</th></tr>\n");
            row(h, "sessions", now.sessions(), before.sessions());
            row(h, "fixed", now.fixed(), before.fixed());
            row(h, "escalated", now.escalated(), before.escalated());
            row(h, "abandoned", now.abandoned(), before.abandoned());
            row(h, "still in progress", now.inProgress(), before.inProgress());
            h.append("<tr><td>resolution rate (of ended sessions)</td><td class=\"n\">")
                    .append(esc(now.resolution().percentWithInterval())).append("</td><td class=\"n\">")
                    .append(before.resolution().n() == 0 ? "&ndash;" : esc(before.resolution().percentWithInterval()))
                    .append("</td></tr>\n");
            h.append(String.format(Locale.ROOT, "<tr><td>median time to connected</td><td class=\"n\">%s</td>"
                            + "<td class=\"n\">%s</td></tr>%n", minutes(now.timeToConnected().count(),
                            now.timeToConnected().medianSeconds()),
                    minutes(before.timeToConnected().count(), before.timeToConnected().medianSeconds())));
            h.append("</table>\n");
            Files.write(dir.resolve("months.png"), Charts.months(r.year()));
            Files.write(dir.resolve("time-to-connected.png"), Charts.timeToConnected(now.timeToConnected()));
            h.append("<p><img src=\"months.png\" alt=\"Sessions per month for the twelve months up to ")
                    .append(r.month()).append(", by how they ended\"></p>\n");
            h.append("<p><img src=\"time-to-connected.png\" alt=\"How long fixed sessions took in ")
                    .append(r.month()).append("\"></p>\n");

            h.append("<h2>Steps that moved in the planner's order</h2>\n");
            if (r.ranks().isEmpty()) {
                h.append("<p>No step moved: the planner shows the steps in the same order as at the end of ")
                        .append(r.month().minusMonths(1)).append(".</p>\n");
            } else {
                h.append("<p>Positions in the order the planner shows steps to someone for whom nothing works, "
                        + "on each problem's most frequent host, with what it learned from the data up to the end "
                        + "of each month.</p>\n<table><tr><th>problem</th><th>host</th><th>step</th><th>was</th>"
                        + "<th>now</th><th>why</th></tr>\n");
                for (MonthlyReport.RankMove m : r.ranks()) {
                    h.append("<tr><td>").append(esc(m.problemId())).append("</td><td>").append(esc(m.hostId()))
                            .append("</td><td>").append(esc(m.stepId())).append("</td><td class=\"n\">")
                            .append(position(m.before())).append("</td><td class=\"n\">").append(position(m.after()))
                            .append("</td><td>").append(esc(m.why())).append("</td></tr>\n");
                }
                h.append("</table>\n");
            }

            h.append("<h2>Steps whose success rate moved</h2>\n");
            if (r.rates().isEmpty()) {
                h.append("<p>No step was tried often enough in both months to compare.</p>\n");
            } else {
                h.append("<p>Share of people for whom the step fixed it, with 95% Wilson intervals; "
                        + "&ldquo;clear&rdquo; when the intervals do not overlap.</p>\n<table><tr><th>problem</th>"
                        + "<th>step</th><th>").append(r.month().minusMonths(1)).append("</th><th>").append(r.month())
                        .append("</th><th></th></tr>\n");
                for (MonthlyReport.RateMove m : r.rates()) {
                    h.append("<tr><td>").append(esc(m.problemId())).append("</td><td>").append(esc(m.stepId()))
                            .append("</td><td class=\"n\">").append(esc(m.before().percentWithInterval()))
                            .append(" of ").append(m.before().n()).append("</td><td class=\"n\">")
                            .append(esc(m.after().percentWithInterval())).append(" of ").append(m.after().n())
                            .append("</td><td>").append(m.clear() ? (m.move() > 0 ? "clearly up" : "clearly down") : "")
                            .append("</td></tr>\n");
                }
                h.append("</table>\n");
            }
            int chart = 0;
            for (String problem : r.thisMonth().problems().keySet()) {
                var steps = r.thisMonth().steps(problem);
                if (steps.isEmpty()) {
                    continue;
                }
                String file = "steps-" + (++chart) + ".png";
                Files.write(dir.resolve(file), Charts.steps("Steps of " + problem + " in " + r.month(), steps, 12));
                h.append("<p><img src=\"").append(file).append("\" alt=\"Success rates of the steps of ")
                        .append(esc(problem)).append("\"></p>\n");
            }
            h.append("<p><small>Counted from stored sessions; intervals are 95% Wilson score intervals. "
                    + "Months are calendar months in UTC.</small></p>\n</body></html>\n");
            return save(dir, h);
        } catch (IOException e) {
            throw new PairdoctorException("cannot write the report into " + dir + ": " + e.getMessage(), e);
        }
    }

    private static Path save(Path dir, StringBuilder h) throws IOException {
        Path file = dir.resolve("index.html");
        Files.writeString(file, h, StandardCharsets.UTF_8);
        return file;
    }

    private static void row(StringBuilder h, String label, long now, long before) {
        h.append("<tr><td>").append(label).append("</td><td class=\"n\">").append(now).append("</td><td class=\"n\">")
                .append(before).append("</td></tr>\n");
    }

    private static String minutes(int count, double seconds) {
        return count == 0 ? "&ndash;" : String.format(Locale.ROOT, "%.1f min", seconds / 60);
    }

    private static String position(int p) {
        return p == 0 ? "not shown" : Integer.toString(p);
    }

    /** HTML-escapes text (ids come from files and the database: never trusted as markup). */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(ch);
            }
        }
        return b.toString();
    }
}
