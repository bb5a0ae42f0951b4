package org.pairdoctor.web.stats;

import org.pairdoctor.core.statistics.GroupStatistics;
import org.pairdoctor.core.statistics.Statistics;
import org.pairdoctor.core.statistics.StepStatistics;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What the statistics page shows. */
public record StatsPage(Statistics statistics, int minPeople) {
    public GroupStatistics overall() {
        return statistics.overall();
    }

    public Map<String, GroupStatistics> problems() {
        return statistics.problems();
    }

    public Map<String, GroupStatistics> hosts(String problem) {
        return statistics.hosts().getOrDefault(problem, Map.of());
    }

    public List<StepStatistics> steps(String problem) {
        return statistics.steps(problem);
    }

    public List<Statistics.MonthStatistics> months() {
        return statistics.months();
    }

    /** "12.5 min", or a dash when nothing was fixed. */
    public static String minutes(GroupStatistics g) {
        return g.timeToConnected().count() == 0 ? "–"
                : String.format(Locale.ROOT, "%.1f min", g.timeToConnected().medianSeconds() / 60);
    }

    /** "62% (55–69%)", or a dash for an empty group. */
    public static String rate(GroupStatistics g) {
        return g.resolution().n() == 0 ? "–" : g.resolution().percentWithInterval();
    }

    /** The index of a problem among the page's problems, for chart URLs without ids in paths. */
    public int index(String problem) {
        return List.copyOf(problems().keySet()).indexOf(problem);
    }
}
