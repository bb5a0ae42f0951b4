package org.pairdoctor.core.session;

import org.junit.jupiter.api.Test;
import org.pairdoctor.core.engine.Planners;
import org.pairdoctor.core.model.Action;
import org.pairdoctor.core.model.Cause;
import org.pairdoctor.core.model.Escalation;
import org.pairdoctor.core.model.StepKind;
import org.pairdoctor.core.model.TroubleshootingModel;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A destructive step's outcome is refused until the person confirmed it, whatever the channel. */
class ConfirmationTest {
    /** Only a factory reset can fix it, so the planner offers the reset first. */
    static final TroubleshootingModel MODEL = new TroubleshootingModel("p", Map.of(),
            List.of(new Cause("corrupt", 0.9), new Cause("unknown", 0.1)),
            List.of(new Action("factory-reset", 120, Map.of("corrupt", 0.9), true)),
            List.of(), new Escalation("support", 3600));
    static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");

    static GuidedSession fresh() {
        return GuidedSession.resume(new SessionRecord("s1", "dev", "android", "p", "test", Map.of(), T0, List.of(),
                Outcome.IN_PROGRESS, null, null, 0), MODEL, Planners.standard());
    }

    @Test
    void anUnconfirmedDestructiveStepRefusesItsOutcome() {
        GuidedSession s = fresh();
        assertThat(s.current().orElseThrow().step().id()).isEqualTo("factory-reset");
        assertThat(s.awaitingConfirmation()).isTrue();
        assertThat(s.replies()).containsExactly(Reply.confirmed(), Reply.skipped());

        for (Reply outcome : List.of(Reply.worked(), Reply.didNotHelp())) {
            assertThatThrownBy(() -> s.reply("factory-reset", outcome, T0, T0))
                    .isInstanceOf(ConfirmationRequiredException.class)
                    .hasMessageContaining("reply 'confirmed'")
                    .satisfies(e -> assertThat(((ConfirmationRequiredException) e).stepId()).isEqualTo("factory-reset"));
        }
    }

    @Test
    void afterTheConfirmationTheSameStepAcceptsItsOutcome() {
        GuidedSession confirmed = fresh().reply("factory-reset", Reply.confirmed(), T0, T0.plusSeconds(4));

        assertThat(confirmed.current().orElseThrow().step().id()).isEqualTo("factory-reset");
        assertThat(confirmed.confirmed()).isTrue();
        assertThat(confirmed.awaitingConfirmation()).isFalse();
        assertThat(confirmed.replies()).containsExactly(Reply.worked(), Reply.didNotHelp(), Reply.skipped());
        assertThat(confirmed.stepNumber()).isEqualTo(1);
        assertThat(confirmed.record().turns()).singleElement().satisfies(t -> {
            assertThat(t.kind()).isEqualTo(StepKind.ACTION);
            assertThat(t.reply().code()).isEqualTo("confirmed");
            assertThat(t.ends()).isNull();
            assertThat(t.evidence()).isFalse();
        });

        GuidedSession fixed = confirmed.reply("factory-reset", Reply.worked(), T0.plusSeconds(4), T0.plusSeconds(90));
        assertThat(fixed.record().outcome()).isEqualTo(Outcome.FIXED);
        assertThat(fixed.record().fixedBy()).isEqualTo("factory-reset");
        assertThat(fixed.record().turns()).hasSize(2);
    }

    @Test
    void theConfirmationIsNoEvidenceAndReplaysToTheSameState() {
        GuidedSession fresh = fresh();
        GuidedSession confirmed = fresh.reply("factory-reset", Reply.confirmed(), T0, T0);
        assertThat(confirmed.evidence()).isEqualTo(fresh.evidence());
        assertThat(confirmed.current().orElseThrow().explanation())
                .isEqualTo(fresh.current().orElseThrow().explanation());

        GuidedSession replayed = GuidedSession.resume(confirmed.record(), MODEL, Planners.standard());
        assertThat(replayed.confirmed()).isTrue();
        assertThat(replayed.replies()).isEqualTo(confirmed.replies());
    }

    @Test
    void skippingNeedsNoConfirmation() {
        GuidedSession skipped = fresh().reply("factory-reset", Reply.skipped(), T0, T0);
        assertThat(skipped.evidence().skipped()).containsExactly("factory-reset");
        assertThat(skipped.current().orElseThrow().step().id()).isEqualTo("support");
    }

    @Test
    void aSecondConfirmationOrOneForAStepThatErasesNothingIsInvalid() {
        GuidedSession confirmed = fresh().reply("factory-reset", Reply.confirmed(), T0, T0);
        assertThatThrownBy(() -> confirmed.reply("factory-reset", Reply.confirmed(), T0, T0))
                .isInstanceOf(InvalidReplyException.class).hasMessageContaining("already confirmed");

        GuidedSession harmless = GuidedSessionTest.fresh();
        String first = harmless.current().orElseThrow().step().id();
        assertThatThrownBy(() -> harmless.reply(first, Reply.confirmed(), T0, T0))
                .isInstanceOf(InvalidReplyException.class).hasMessageContaining("nothing to confirm");
    }

    @Test
    void theServiceStoresTheConfirmationAsATurnOfItsOwn() {
        InMemorySessionStore store = new InMemorySessionStore();
        SessionService service = new SessionService((problem, host, device) -> MODEL, Planners.standard(), store,
                java.time.Clock.fixed(T0, java.time.ZoneOffset.UTC));
        String id = service.start("dev", "android", "p", "api", Map.of()).record().id();

        assertThatThrownBy(() -> service.reply(id, "factory-reset", Reply.didNotHelp()))
                .isInstanceOf(ConfirmationRequiredException.class);
        assertThat(store.find(id).orElseThrow().turns()).isEmpty();

        service.reply(id, "factory-reset", Reply.confirmed());
        GuidedSession after = service.reply(id, "factory-reset", Reply.didNotHelp());
        assertThat(store.find(id).orElseThrow().turns()).extracting(t -> t.reply().code())
                .containsExactly("confirmed", "did-not-help");
        assertThat(after.evidence().failedActions()).containsExactly("factory-reset");
    }
}
