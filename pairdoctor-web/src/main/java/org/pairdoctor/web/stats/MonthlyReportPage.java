package org.pairdoctor.web.stats;

import org.pairdoctor.core.statistics.GroupStatistics;
import org.pairdoctor.core.statistics.MonthlyReport;
import org.pairdoctor.core.statistics.MovePart;
import org.pairdoctor.core.statistics.ObservedFigures;
import org.pairdoctor.core.statistics.Statistics;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * What {@code monthly-report.jte} shows: the core's {@link MonthlyReport} and the charts written
 * beside it.
 *
 * @param stepCharts one PNG file name per problem with step figures, in the report's problem order
 * @param names      headsets' names by device id (the knowledge base's); an id without one is shown as it is
 */
public record MonthlyReportPage(MonthlyReport report, List<StepChart> stepCharts, Map<String, String> names) {
    public MonthlyReportPage {
        stepCharts = List.copyOf(stepCharts);
        names = Map.copyOf(names);
    }

    public MonthlyReportPage(MonthlyReport report, List<StepChart> stepCharts) {
        this(report, stepCharts, Map.of());
    }

    /**
     * A headset's figures this month beside the month before.
     *
     * @param family its family's id; null when none is known
     * @param before the month before's figures (no sessions: all 0)
     */
    public record HeadsetRow(String id, String name, String family, GroupStatistics now, GroupStatistics before) {
    }

    /** Headsets with sessions this month, most sessions first. */
    public List<HeadsetRow> headsets() {
        GroupStatistics none = GroupStatistics.of(List.of());
        Statistics now = report.thisMonth();
        return now.devices().entrySet().stream()
                .map(e -> new HeadsetRow(e.getKey(), name(e.getKey()), now.family(e.getKey()).orElse(null),
                        e.getValue(), report.lastMonth().devices().getOrDefault(e.getKey(), none)))
                .sorted(Comparator.comparingLong((HeadsetRow r) -> -r.now().sessions()).thenComparing(HeadsetRow::name))
                .toList();
    }

    /** A headset's name, else its id. */
    public String name(String deviceId) {
        return names.getOrDefault(deviceId, deviceId);
    }

    /** Whether enough sessions ended for rates ({@link ObservedFigures#MIN_PEOPLE}, the pages' rule). */
    public static boolean enough(GroupStatistics g) {
        return g.enoughFor(ObservedFigures.MIN_PEOPLE);
    }

    /** What a group with too few ended sessions shows instead of its rates. */
    public static String tooFew(GroupStatistics g) {
        return "too few sessions (" + g.ended() + " ended)";
    }

    /** True when the report is about one headset. */
    public boolean oneHeadset() {
        return report.device() != null;
    }

    /** A chart of one problem's step success rates. */
    public record StepChart(String problemId, String file) {
    }

    public String title() {
        return "pairdoctor monthly report " + report.month()
                + (report.device() == null ? "" : ": " + name(report.device()));
    }

    public YearMonth month() {
        return report.month();
    }

    public YearMonth previous() {
        return report.month().minusMonths(1);
    }

    public GroupStatistics now() {
        return report.thisMonth().overall();
    }

    public GroupStatistics before() {
        return report.lastMonth().overall();
    }

    /** "3.2 min", or a dash when nothing was fixed. */
    public static String minutes(GroupStatistics g) {
        return g.timeToConnected().count() == 0 ? "\u2013"
                : String.format(Locale.ROOT, "%.1f min", g.timeToConnected().medianSeconds() / 60);
    }

    /** "62% (55–69%)", or a dash for a month without ended sessions. */
    public static String resolution(GroupStatistics g) {
        return g.resolution().n() == 0 ? "\u2013" : g.resolution().percentWithInterval();
    }

    /** A 1-based position, or "not shown". */
    public static String position(int p) {
        return p == 0 ? "not shown" : Integer.toString(p);
    }

    /** "42%". */
    public static String percent(double p) {
        return Math.round(p * 100) + "%";
    }

    /** A part's effect in places: "+2", "−1", "+0.5". */
    public static String places(MovePart p) {
        double e = p.effect();
        String n = e == Math.rint(e) ? Long.toString(Math.abs((long) e)) : String.format(Locale.ROOT, "%.1f", Math.abs(e));
        return (e > 0 ? "+" : "\u2212") + n;
    }

    /** "612" (an effective sample, rounded). */
    public static String sample(double n) {
        return Long.toString(Math.round(n));
    }
}
