package org.pairdoctor.web.stats;

import org.pairdoctor.core.statistics.GroupStatistics;
import org.pairdoctor.core.statistics.Statistics;
import org.pairdoctor.core.statistics.StepStatistics;
import org.pairdoctor.web.content.DeviceEntry;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the statistics page shows: the figures of every headset, or of one ({@code /stats?device=ID}),
 * and a row per headset and per family of headsets.
 *
 * @param statistics the figures shown: every headset's, or the one headset's
 * @param all        every headset's figures (the per-headset and per-family tables)
 * @param device     the one headset the page is filtered to; null for every headset
 * @param devices    the headsets the knowledge base knows, for their names
 * @param minPeople  the fewest ended sessions (or tries) a rate needs to be shown
 */
public record StatsPage(Statistics statistics, Statistics all, DeviceEntry device, List<DeviceEntry> devices,
                        int minPeople) {
    public StatsPage {
        devices = List.copyOf(devices);
    }

    /** The page of every headset, without names for them. */
    public StatsPage(Statistics statistics, int minPeople) {
        this(statistics, statistics, null, List.of(), minPeople);
    }

    /**
     * A headset's figures beside its family's.
     *
     * @param family   its family's id; null when none is known
     * @param ofFamily its family's figures; null when none is known
     */
    public record HeadsetRow(String id, String name, String family, GroupStatistics figures,
                             GroupStatistics ofFamily) {
    }

    /** A family of headsets' figures. */
    public record FamilyRow(String id, GroupStatistics figures) {
    }

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

    /** True when the page shows one headset's figures. */
    public boolean filtered() {
        return device != null;
    }

    /** Every headset with sessions: most sessions first. */
    public List<HeadsetRow> headsets() {
        return all.devices().entrySet().stream()
                .map(e -> {
                    String family = all.family(e.getKey()).orElse(null);
                    return new HeadsetRow(e.getKey(), name(e.getKey()), family, e.getValue(),
                            family == null ? null : all.families().get(family));
                })
                .sorted(Comparator.comparingLong((HeadsetRow r) -> -r.figures().sessions()).thenComparing(HeadsetRow::name))
                .toList();
    }

    /** Every family of headsets with sessions, by id. */
    public List<FamilyRow> families() {
        return all.families().entrySet().stream().map(e -> new FamilyRow(e.getKey(), e.getValue())).toList();
    }

    /** A headset's name from the knowledge base; its id when the knowledge base no longer has it. */
    public String name(String deviceId) {
        return devices.stream().filter(d -> d.id().equals(deviceId)).map(DeviceEntry::name).findFirst()
                .orElse(deviceId);
    }

    /** Where the page's charts are: every headset's, or the filtered headset's. */
    public String charts() {
        return device == null ? "/stats/charts/" : "/stats/devices/" + device.id() + "/charts/";
    }

    /** The page's JSON: every headset's, or the filtered headset's. */
    public String json() {
        return device == null ? "/stats.json" : "/stats.json?device=" + device.id();
    }

    /** Whether a group has enough ended sessions for its rates to be shown. */
    public boolean enough(GroupStatistics g) {
        return g.enoughFor(minPeople);
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
