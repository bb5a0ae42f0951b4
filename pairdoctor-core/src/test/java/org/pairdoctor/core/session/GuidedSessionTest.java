package org.pairdoctor.core.session;

import org.junit.jupiter.api.Test;
import org.pairdoctor.core.engine.Planners;
import org.pairdoctor.core.engine.Step;
import org.pairdoctor.core.model.Action;
import org.pairdoctor.core.model.Cause;
import org.pairdoctor.core.model.Escalation;
import org.pairdoctor.core.model.TroubleshootingModel;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GuidedSessionTest {
    static final TroubleshootingModel MODEL = new TroubleshootingModel("p", Map.of(),
            List.of(new Cause("a", 0.6), new Cause("b", 0.3), new Cause("unknown", 0.1)),
            List.of(Action.of("fix-a", 10, Map.of("a", 0.9)), Action.of("fix-b", 10, Map.of("b", 0.9))),
            List.of(), new Escalation("support", 600));
    static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");

    static GuidedSession fresh() {
        SessionRecord r = new SessionRecord("s1", "dev", "android", "p", "test", Map.of(), T0, List.of(),
                Outcome.IN_PROGRESS, null, null, 0);
        return GuidedSession.resume(r, MODEL, Planners.standard());
    }

    @Test
    void aFailedActionMovesTheSessionToTheNextStep() {
        GuidedSession s = fresh();
        String first = s.current().orElseThrow().step().id();
        GuidedSession next = s.reply(first, Reply.didNotHelp(), T0, T0.plusSeconds(12));
        assertThat(next.evidence().failedActions()).containsExactly(first);
        assertThat(next.current().orElseThrow().step().id()).isNotEqualTo(first);
        assertThat(next.record().turns()).hasSize(1);
    }

    @Test
    void workedEndsTheSessionAsFixedByThatStep() {
        GuidedSession s = fresh();
        String first = s.current().orElseThrow().step().id();
        GuidedSession done = s.reply(first, Reply.worked(), T0, T0.plusSeconds(5));
        assertThat(done.ended()).isTrue();
        assertThat(done.record().outcome()).isEqualTo(Outcome.FIXED);
        assertThat(done.record().fixedBy()).isEqualTo(first);
        assertThat(done.current()).isEmpty();
    }

    @Test
    void aReplyToAStepThatIsNotCurrentIsStale() {
        GuidedSession s = fresh();
        assertThatThrownBy(() -> s.reply("support", Reply.accepted(), T0, T0))
                .isInstanceOf(StaleStepException.class).hasMessageContaining("current step");
    }

    @Test
    void aReplyThatDoesNotFitTheStepIsInvalid() {
        GuidedSession s = fresh();
        String first = s.current().orElseThrow().step().id();
        assertThatThrownBy(() -> s.reply(first, Reply.answered("x"), T0, T0))
                .isInstanceOf(InvalidReplyException.class).hasMessageContaining("did-not-help");
    }

    @Test
    void replayingTheStoredTurnsGivesTheSameState() {
        GuidedSession s = fresh();
        GuidedSession after = s.reply(s.current().orElseThrow().step().id(), Reply.skipped(), T0, T0.plusSeconds(1));
        GuidedSession replayed = GuidedSession.resume(after.record(), MODEL, Planners.standard());
        assertThat(replayed.current().orElseThrow().step()).isEqualTo(after.current().orElseThrow().step());
        assertThat(replayed.evidence()).isEqualTo(after.evidence());
    }

    @Test
    void whenEveryActionFailedTheSessionEscalates() {
        GuidedSession s = fresh();
        while (s.current().orElseThrow().step() instanceof Step.Repair r) {
            s = s.reply(r.id(), Reply.didNotHelp(), T0, T0);
        }
        assertThat(s.current().orElseThrow().step()).isInstanceOf(Step.Escalate.class);
        GuidedSession ended = s.reply("support", Reply.accepted(), T0, T0);
        assertThat(ended.record().outcome()).isEqualTo(Outcome.ESCALATED);
    }

    @Test
    void replyCodesRoundTripAndUnknownCodesAreRejected() {
        for (Reply r : List.of(Reply.worked(), Reply.didNotHelp(), Reply.skipped(), Reply.accepted(),
                Reply.answered("flashes"))) {
            assertThat(Reply.parse(r.code())).isEqualTo(r);
        }
        assertThatThrownBy(() -> Reply.parse("maybe")).isInstanceOf(InvalidReplyException.class);
        assertThatThrownBy(() -> Reply.parse("answer:")).isInstanceOf(InvalidReplyException.class);
    }
}
