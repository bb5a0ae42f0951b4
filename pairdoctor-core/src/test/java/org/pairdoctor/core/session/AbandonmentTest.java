package org.pairdoctor.core.session;

import org.pairdoctor.core.ManualClock;
import org.junit.jupiter.api.Test;
import org.pairdoctor.core.engine.Planners;
import org.pairdoctor.core.model.Action;
import org.pairdoctor.core.model.Cause;
import org.pairdoctor.core.model.Escalation;
import org.pairdoctor.core.model.TroubleshootingModel;
import org.pairdoctor.core.statistics.RecordedOutcomes;
import org.pairdoctor.core.statistics.Statistics;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A paused session waits {@link Abandonment#IDLE_LIMIT} after its last reply: until then it can be
 * continued and counts as in progress; from then on it counts as abandoned, ended at its last reply,
 * in the statistics and when someone tries to continue it.
 */
class AbandonmentTest {
    static final TroubleshootingModel MODEL = new TroubleshootingModel("p", Map.of(),
            List.of(new Cause("a", 0.6), new Cause("b", 0.4)),
            List.of(Action.of("fix-a", 30, Map.of("a", 0.9)), Action.of("fix-b", 30, Map.of("b", 0.9))),
            List.of(), new Escalation("support", 900));
    static final Instant START = Instant.parse("2026-11-20T12:00:00Z");

    final ManualClock now = new ManualClock(START);
    final InMemorySessionStore store = new InMemorySessionStore();
    final SessionService service = new SessionService((AuthoredModels) (problem, host, device) -> MODEL, Planners.standard(),
            store, now);

    @Test
    void aSessionWaitsADayAfterItsLastReplyThenCountsAsAbandonedEndedAtThatReply() {
        GuidedSession s = service.start("d", "h", "p", "terminal", Map.of());
        String id = s.record().id();
        now.set(START.plus(Duration.ofHours(20)));
        String step = s.current().orElseThrow().step().id();
        s = service.reply(id, step, Reply.didNotHelp());
        Instant lastReply = now.instant();

        now.set(lastReply.plus(Abandonment.IDLE_LIMIT).minusSeconds(1));
        assertThat(service.load(id).ended()).as("a second short of the limit: still waiting").isFalse();
        assertThat(counted().overall().inProgress()).isEqualTo(1);
        assertThat(counted().overall().abandoned()).isZero();

        now.set(lastReply.plus(Abandonment.IDLE_LIMIT));
        assertThat(counted().overall().abandoned()).as("the statistics count it before anyone opens it").isEqualTo(1);
        assertThat(counted().overall().inProgress()).isZero();
        GuidedSession loaded = service.load(id);
        assertThat(loaded.record().outcome()).isEqualTo(Outcome.ABANDONED);
        assertThat(loaded.record().endedAt()).isEqualTo(lastReply);
        SessionRecord stored = store.find(id).orElseThrow();
        assertThat(stored.outcome()).isEqualTo(Outcome.ABANDONED);
        assertThat(stored.endedAt()).isEqualTo(lastReply);
        String next = s.current().orElseThrow().step().id();
        assertThatThrownBy(() -> service.reply(id, next, Reply.worked())).isInstanceOf(StaleStepException.class);
        assertThat(counted().overall().abandoned()).isEqualTo(1);
    }

    @Test
    void aSessionWithoutRepliesIsIdleFromItsStart() {
        String id = service.start("d", "h", "p", "web", Map.of()).record().id();
        now.set(START.plus(Abandonment.IDLE_LIMIT));

        assertThat(service.load(id).record().outcome()).isEqualTo(Outcome.ABANDONED);
        assertThat(store.find(id).orElseThrow().endedAt()).isEqualTo(START);
    }

    private Statistics counted() {
        return Statistics.load(new RecordedOutcomes(store), Instant.EPOCH, now.instant().plusSeconds(1), now.instant());
    }
}
