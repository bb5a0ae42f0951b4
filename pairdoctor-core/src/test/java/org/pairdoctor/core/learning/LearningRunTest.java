package org.pairdoctor.core.learning;

import org.junit.jupiter.api.Test;
import org.pairdoctor.core.session.InMemorySessionStore;
import org.pairdoctor.core.session.Outcome;
import org.pairdoctor.core.session.Reply;

import static org.assertj.core.api.Assertions.assertThat;

class LearningRunTest {
    @Test
    void aProposalShowsTheMovesAndSavesNothingUntilApplied() {
        InMemorySessionStore sessions = new InMemorySessionStore();
        for (int i = 0; i < 200; i++) {
            sessions.create(LearnerTest.session("s" + i, "android", LearnerTest.NOW, Outcome.FIXED, "fix-b",
                    LearnerTest.did("fix-b", Reply.worked())));
        }
        InMemoryParameterStore params = new InMemoryParameterStore();
        LearningRun run = new LearningRun(LearningSettings.defaults(), LearnerTest.KB_SOURCE, sessions, params,
                LearnerTest.CLOCK);

        LearningRun.Proposal p = run.propose();

        assertThat(p.result().sessionsUsed()).isEqualTo(200);
        assertThat(p.before().version()).isZero();
        assertThat(p.changes()).isNotEmpty();
        assertThat(p.changes().get(0).size()).isGreaterThanOrEqualTo(p.changes().get(p.changes().size() - 1).size());
        assertThat(params.latestVersion()).isZero();

        LearnedParameters saved = run.apply(p).orElseThrow();
        assertThat(saved.version()).isEqualTo(1);
        assertThat(params.latestVersion()).isEqualTo(1);
        assertThat(run.propose().before().version()).isEqualTo(1);
    }

    @Test
    void withNoSessionsApplyingSavesNoVersion() {
        InMemoryParameterStore params = new InMemoryParameterStore();
        LearningRun run = new LearningRun(LearningSettings.defaults(), LearnerTest.KB_SOURCE,
                new InMemorySessionStore(), params, LearnerTest.CLOCK);
        LearningRun.Proposal p = run.propose();
        assertThat(p.worthSaving()).isFalse();
        assertThat(p.changes()).isEmpty();
        assertThat(run.apply(p)).isEmpty();
        assertThat(params.latestVersion()).isZero();
    }
}
