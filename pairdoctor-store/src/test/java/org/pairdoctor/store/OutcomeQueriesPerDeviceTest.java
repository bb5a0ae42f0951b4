package org.pairdoctor.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pairdoctor.core.model.StepKind;
import org.pairdoctor.core.session.Outcome;
import org.pairdoctor.core.session.Reply;
import org.pairdoctor.core.session.SessionRecord;
import org.pairdoctor.core.session.Turn;
import org.pairdoctor.core.statistics.Proportion;
import org.pairdoctor.core.statistics.SessionSummary;
import org.pairdoctor.core.statistics.Statistics;
import org.pairdoctor.core.statistics.StepCount;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The statistics' SQL aggregates on a real SQLite file keep each session's headset apart. */
class OutcomeQueriesPerDeviceTest {
    static final Instant T = Instant.parse("2026-11-20T12:00:00Z");

    @TempDir
    Path dir;

    static void session(JdbcSessionStore store, String id, String device, int second, Reply... replies) {
        Instant at = T.plusSeconds(second);
        store.create(new SessionRecord(id, device, "android", "no-sound", "web", Map.of(), at, List.of(),
                Outcome.IN_PROGRESS, null, null, 0));
        for (int i = 0; i < replies.length; i++) {
            store.appendTurn(id, i, new Turn("fix-" + i, StepKind.ACTION, replies[i], at.plusSeconds(60L * i),
                    at.plusSeconds(60L * i + 50)));
        }
        if (replies.length > 0 && replies[replies.length - 1] instanceof Reply.Worked) {
            store.finish(id, Outcome.FIXED, "fix-" + (replies.length - 1), at.plusSeconds(60L * replies.length));
        } else {
            store.finish(id, Outcome.ESCALATED, null, at.plusSeconds(600));
        }
    }

    @Test
    void sessionsAndStepCountsCarryTheirHeadsetAndGiveOneRowPerHeadset() {
        try (Database db = Database.openDirectory(dir)) {
            JdbcSessionStore store = new JdbcSessionStore(db);
            session(store, "a1", "sony-wh-1000xm4", 0, Reply.worked());
            session(store, "a2", "sony-wh-1000xm4", 10, Reply.didNotHelp(), Reply.worked());
            session(store, "b1", "sony-wf-1000xm4", 20, Reply.didNotHelp());
            JdbcOutcomeQueries q = new JdbcOutcomeQueries(db);
            Instant to = T.plusSeconds(3600);

            assertThat(q.sessions(T, to)).extracting(SessionSummary::id, SessionSummary::deviceId).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("a1", "sony-wh-1000xm4"),
                    org.assertj.core.groups.Tuple.tuple("a2", "sony-wh-1000xm4"),
                    org.assertj.core.groups.Tuple.tuple("b1", "sony-wf-1000xm4"));
            assertThat(q.steps(T, to)).containsExactly(
                    new StepCount("no-sound", "android", "sony-wf-1000xm4", "fix-0", 1, 0),
                    new StepCount("no-sound", "android", "sony-wh-1000xm4", "fix-0", 2, 1),
                    new StepCount("no-sound", "android", "sony-wh-1000xm4", "fix-1", 1, 1));

            Statistics st = Statistics.load(q, T, to, to);
            assertThat(st.devices()).containsOnlyKeys("sony-wf-1000xm4", "sony-wh-1000xm4");
            assertThat(st.devices().get("sony-wh-1000xm4").resolution()).isEqualTo(new Proportion(2, 2));
            assertThat(st.devices().get("sony-wf-1000xm4").escalation()).isEqualTo(new Proportion(1, 1));
            // The step over every headset adds both up.
            assertThat(st.step("no-sound", Statistics.ALL_HOSTS, "fix-0").orElseThrow().fixed())
                    .isEqualTo(new Proportion(1, 3));
            assertThat(q.forDevice("sony-wf-1000xm4").sessions(T, to)).extracting(SessionSummary::id)
                    .containsExactly("b1");
        }
    }
}
