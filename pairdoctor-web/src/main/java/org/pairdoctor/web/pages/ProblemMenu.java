package org.pairdoctor.web.pages;

import org.pairdoctor.web.content.Observed;
import org.pairdoctor.web.content.OutcomeFigures;
import org.pairdoctor.web.content.ProblemEntry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The problems offered on the start page for one host, most common first: by counted sessions where
 * the statistics have enough of a problem, the rest by the authors' estimated share.
 *
 * @param top      shown first, as big buttons
 * @param more     the rest, behind "Something else"
 * @param counted  how many finished sessions the counted order rests on; 0 when it is all the estimate
 */
public record ProblemMenu(List<ProblemEntry> top, List<ProblemEntry> more, long counted) {
    /** How many problems are shown before "Something else". */
    public static final int TOP = 6;

    public ProblemMenu {
        top = List.copyOf(top);
        more = List.copyOf(more);
    }

    /**
     * @param hostId the host, or null when unknown (then every host's problems are offered)
     * @param chosen a problem named by a deep link: offered even when it does not apply to the host, first
     */
    public static ProblemMenu of(List<ProblemEntry> problems, String hostId, String deviceId, OutcomeFigures figures,
                                 String chosen) {
        List<ProblemEntry> offered = problems.stream().filter(p -> p.id().equals(chosen)
                || ((hostId == null || p.offeredFor(hostId)) && p.existsFor(deviceId))).toList();
        Map<String, Long> counts = offered.stream().collect(Collectors.toMap(ProblemEntry::id,
                p -> figures.problem(p.id()).map(Observed::n).orElse(0L)));
        Function<ProblemEntry, Boolean> isChosen = p -> p.id().equals(chosen);
        List<ProblemEntry> sorted = new ArrayList<>(offered);
        sorted.sort(Comparator.comparing((ProblemEntry p) -> !isChosen.apply(p))
                .thenComparing(p -> -counts.get(p.id()))
                .thenComparing(p -> -p.share()));
        long counted = counts.values().stream().mapToLong(Long::longValue).sum();
        int cut = Math.min(TOP, sorted.size());
        return new ProblemMenu(sorted.subList(0, cut), sorted.subList(cut, sorted.size()), counted);
    }

    /** Says which order this is: counted, or the authors' estimate. */
    public String basis() {
        return counted > 0
                ? "Most common first, counted from " + counted + " finished sessions (problems with too few sessions "
                + "to count follow, by our estimate)."
                : "Most common first, by our estimate until enough sessions are counted.";
    }
}
