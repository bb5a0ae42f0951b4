package org.pairdoctor.web.stats;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pairdoctor.core.session.Outcome;
import org.pairdoctor.core.statistics.Beta;
import org.pairdoctor.core.statistics.MonthlyReport;
import org.pairdoctor.core.statistics.MovePart;
import org.pairdoctor.core.statistics.SessionSummary;
import org.pairdoctor.core.statistics.StepCount;
import org.pairdoctor.core.statistics.Statistics;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The monthly report rendered by its JTE template: reasons decomposed, samples named, ids escaped. */
class MonthlyReportWriterTest {
    @TempDir
    Path out;

    static final YearMonth MONTH = YearMonth.of(2026, 11);
    static final Instant FROM = Instant.parse("2026-11-01T00:00:00Z");
    static final Instant TO = Instant.parse("2026-12-01T00:00:00Z");

    static MonthlyReport report() {
        Instant t = Instant.parse("2026-11-03T10:00:00Z");
        Statistics now = Statistics.of(FROM, TO, List.of(
                new SessionSummary("s1", "sony-wh-1000xm4", "no-<b>sound</b>", "android", t, Outcome.FIXED, "fix-b", t.plusSeconds(90)),
                new SessionSummary("s2", "sony-wh-1000xm4", "no-<b>sound</b>", "android", t, Outcome.ESCALATED, null, t.plusSeconds(600))),
                List.of(new StepCount("no-<b>sound</b>", "android", "sony-wh-1000xm4", "fix-b", 2, 1)));
        Statistics before = Statistics.of(FROM.minusSeconds(30L * 86400), FROM, List.of(), List.of());
        MovePart prior = new MovePart(MovePart.Kind.CAUSE_PROBABILITY, "b", null, null, 0.30, 0.78, 612.4,
                Beta.ofMean(0.78, 622.4), 1);
        MovePart time = new MovePart(MovePart.Kind.TIME, null, "fix-b", null, 120, 19, 301, null, 0.5);
        MonthlyReport.RankMove up = new MonthlyReport.RankMove("no-<b>sound</b>", "android", "sony-wh-1000xm4", "fix-b", 2, 1,
                List.of(prior, time));
        MonthlyReport.LearnedCause cause = new MonthlyReport.LearnedCause("no-<b>sound</b>", "android", "sony-wh-1000xm4", "b", 0.30,
                0.78, 612.4, Beta.ofMean(0.78, 622.4));
        return new MonthlyReport(MONTH, now, before, now.months(), List.of(), List.of(up), List.of(cause));
    }

    @Test
    void aMovedStepShowsItsReasonAndEveryPartRankedWithEffectiveSamplesAndPosteriorIntervals() throws Exception {
        Path file = MonthlyReportWriter.write(report(), out);
        String html = Files.readString(file);
        assertThat(html).contains("<title>pairdoctor monthly report 2026-11</title>")
                .contains("<span class=\"reason\">the probability of cause b rose from 30% to 78%"
                        + " (effective sample 612 sessions; 95% posterior interval 75\u201381%)</span>")
                .contains("<li>+1 places: the probability of cause b rose from 30% to 78%")
                .contains("<li>+0.5 places: the time of fix-b fell from 120 s to 19 s"
                        + " <span class=\"fine\">(effective sample 301 timings)</span></li>")
                .contains("<h2>Learned cause probabilities</h2>")
                .contains("<td class=\"n\">30%</td><td class=\"n\">78%</td><td class=\"n\">75\u201381%</td>"
                        + "<td class=\"n\">612</td>")
                .contains("is a weight, not a\nhead count")
                .doesNotContainPattern("(?<![a-z])n=");   // no "n=612" shorthand (colspan= is fine)
        // Ids come from files and the database: the template escapes them like every page.
        assertThat(html).contains("no-&lt;b&gt;sound&lt;/b&gt;").doesNotContain("<b>sound");
        assertThat(Files.readAllBytes(out.resolve("months.png"))).startsWith(0x89, 'P', 'N', 'G');
        assertThat(html).contains("src=\"steps-1.png\"");
    }

    @Test
    void theByHeadsetSectionNamesEachHeadsetAndListsItsOwnMovesUnderIt() throws Exception {
        String html = Files.readString(MonthlyReportWriter.write(report(), out,
                java.util.Map.of("sony-wh-1000xm4", "Sony WH-1000XM4")));
        assertThat(html).contains("<h2>By headset</h2>")
                .contains("<tr><th scope=\"row\">Sony WH-1000XM4</th><td>\u2013</td><td class=\"n\">2</td>"
                        + "<td class=\"n\">0</td><td colspan=\"3\">too few sessions (2 ended)</td><td class=\"n\">1.5 min</td>")
                .contains("<h3>Sony WH-1000XM4</h3>").contains("<caption>Steps that moved for Sony WH-1000XM4</caption>")
                .contains("<td>no-&lt;b&gt;sound&lt;/b&gt;</td><td>Sony WH-1000XM4</td><td>android</td><td>b</td>");
        // A report of one headset says so in its title.
        MonthlyReport r = report();
        MonthlyReport one = new MonthlyReport(r.month(), r.thisMonth(), r.lastMonth(), r.year(), r.rates(), r.ranks(),
                r.causes(), "sony-wh-1000xm4");
        assertThat(Files.readString(MonthlyReportWriter.write(one, out.resolve("one"),
                java.util.Map.of("sony-wh-1000xm4", "Sony WH-1000XM4"))))
                .contains("<title>pairdoctor monthly report 2026-11: Sony WH-1000XM4</title>")
                .contains("Only the sessions with Sony WH-1000XM4");
    }

    @Test
    void aMonthWithoutSessionsSaysSoAndDrawsNoCharts() throws Exception {
        Statistics empty = Statistics.of(FROM, TO, List.of(), List.of());
        MonthlyReport r = new MonthlyReport(MONTH, empty, empty, List.of(), List.of(), List.of(), List.of());
        String html = Files.readString(MonthlyReportWriter.write(r, out));
        assertThat(html).contains("No sessions were stored in 2026-11.");
        assertThat(Files.exists(out.resolve("months.png"))).isFalse();
    }
}
