package org.pairdoctor.core.statistics;

import org.pairdoctor.core.model.StepKind;
import org.pairdoctor.core.session.Reply;
import org.pairdoctor.core.session.SessionRecord;
import org.pairdoctor.core.session.SessionStore;
import org.pairdoctor.core.session.Turn;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@link OutcomeQueries} answered from a {@link SessionStore}'s records, for stores without
 * aggregate queries of their own (the in-memory ones of tests and simulations).
 */
public final class RecordedOutcomes implements OutcomeQueries {
    private final SessionStore store;

    public RecordedOutcomes(SessionStore store) {
        this.store = store;
    }

    /** The store's own queries when it has them, else counting its records. */
    public static OutcomeQueries of(SessionStore store) {
        return store instanceof OutcomeQueries q ? q : new RecordedOutcomes(store);
    }

    @Override
    public List<SessionSummary> sessions(Instant from, Instant to) {
        return within(from, to).stream().map(SessionSummary::of).toList();
    }

    @Override
    public List<StepCount> steps(Instant from, Instant to) {
        Map<String, long[]> counts = new TreeMap<>();
        for (SessionRecord r : within(from, to)) {
            for (Turn t : r.turns()) {
                boolean worked = t.reply() instanceof Reply.Worked;
                if (t.kind() == StepKind.ACTION && (worked || t.reply() instanceof Reply.DidNotHelp)) {
                    String key = String.join("\u0000", r.problemId(), r.hostId(), r.deviceId(), t.stepId());
                    long[] c = counts.computeIfAbsent(key, k -> new long[2]);
                    c[0]++;
                    c[1] += worked ? 1 : 0;
                }
            }
        }
        List<StepCount> out = new ArrayList<>();
        counts.forEach((k, c) -> {
            String[] p = k.split("\u0000", 4);
            out.add(new StepCount(p[0], p[1], p[2], p[3], c[0], c[1]));
        });
        return out;
    }

    private List<SessionRecord> within(Instant from, Instant to) {
        return store.startedSince(from).stream().filter(r -> r.startedAt().isBefore(to)).toList();
    }
}
