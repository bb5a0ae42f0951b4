package org.pairdoctor.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pairdoctor.core.model.StepKind;
import org.pairdoctor.core.session.Abandonment;
import org.pairdoctor.core.session.Outcome;
import org.pairdoctor.core.session.Reply;
import org.pairdoctor.core.session.SessionRecord;
import org.pairdoctor.core.session.Turn;
import org.pairdoctor.core.statistics.SessionSummary;
import org.pairdoctor.core.statistics.Statistics;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The statistics' query gives a session in progress its last reply, so the idle rule can count it abandoned. */
class IdleSessionQueryTest {
    static final Instant T = Instant.parse("2026-11-20T12:00:00Z");

    @TempDir
    Path dir;

    @Test
    void aSessionInProgressIsLastActiveAtItsLastReplyAndCountsAbandonedADayLater() {
        try (Database db = Database.openDirectory(dir)) {
            JdbcSessionStore store = new JdbcSessionStore(db);
            store.create(new SessionRecord("left", "d", "android", "p", "terminal", Map.of(), T, List.of(),
                    Outcome.IN_PROGRESS, null, null, 0));
            store.appendTurn("left", 0, new Turn("q", StepKind.QUESTION, Reply.answered("x"), T, T.plusSeconds(30)));
            store.appendTurn("left", 1, new Turn("a", StepKind.ACTION, Reply.didNotHelp(), T.plusSeconds(30),
                    T.plusSeconds(600)));
            store.create(new SessionRecord("fresh", "d", "android", "p", "web", Map.of(), T.plusSeconds(3600),
                    List.of(), Outcome.IN_PROGRESS, null, null, 0));
            JdbcOutcomeQueries queries = new JdbcOutcomeQueries(db);

            List<SessionSummary> s = queries.sessions(Instant.EPOCH, T.plus(Duration.ofDays(3)));
            assertThat(s).extracting(SessionSummary::lastActiveAt).containsExactly(T.plusSeconds(600), T.plusSeconds(3600));

            Instant now = T.plusSeconds(600).plus(Abandonment.IDLE_LIMIT);
            Statistics st = Statistics.load(queries, Instant.EPOCH, now.plusSeconds(1), now);
            assertThat(st.overall().abandoned()).isEqualTo(1);
            assertThat(st.overall().inProgress()).isEqualTo(1);
        }
    }
}
