package org.pairdoctor.core.learning;

import org.pairdoctor.core.ManualClock;
import org.junit.jupiter.api.Test;
import org.pairdoctor.core.engine.Planners;
import org.pairdoctor.core.model.TroubleshootingModel;
import org.pairdoctor.core.session.GuidedSession;
import org.pairdoctor.core.session.Outcome;
import org.pairdoctor.core.session.Reply;
import org.pairdoctor.core.session.SessionRecord;
import org.pairdoctor.core.session.SessionService;
import org.pairdoctor.core.session.SessionStore;
import org.pairdoctor.core.session.Turn;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

class LearnedModelSourceTest {

    static LearnedParameters learnedFromBOnly() {
        List<SessionRecord> sessions = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            sessions.add(LearnerTest.session("s" + i, "android", LearnerTest.NOW, Outcome.FIXED, "fix-b",
                    LearnerTest.did("fix-b", Reply.worked())));
        }
        return new Learner(LearningSettings.defaults()).learn(sessions, LearnerTest.KB_SOURCE, LearnerTest.CLOCK)
                .parameters();
    }

    @Test
    void withNothingLearnedItServesTheKnowledgeBaseAsVersionZero() {
        var source = new LearnedModelSource(LearnerTest.KB_SOURCE, new InMemoryParameterStore(), new ManualClock(LearnerTest.NOW),
                Duration.ofSeconds(10));
        assertThat(source.parametersVersion()).isZero();
        assertThat(source.model("no-sound", "android", null)).isEqualTo(LearnerTest.KB);
    }

    @Test
    void aNewVersionIsPickedUpWithoutARestartButOnlyAfterTheCheckInterval() {
        InMemoryParameterStore store = new InMemoryParameterStore();
        ManualClock clock = new ManualClock(LearnerTest.NOW);
        var source = new LearnedModelSource(LearnerTest.KB_SOURCE, store, clock, Duration.ofSeconds(10));
        store.save(learnedFromBOnly());

        int before = store.latestVersionCalls;
        for (int i = 0; i < 100; i++) {
            assertThat(source.model("no-sound", "android", null)).isEqualTo(LearnerTest.KB);
        }
        assertThat(store.latestVersionCalls).isEqualTo(before);

        clock.advance(Duration.ofSeconds(11));
        TroubleshootingModel m = source.model("no-sound", "android", null);
        assertThat(source.parametersVersion()).isEqualTo(1);
        assertThat(m.causes().get(1).prior()).isGreaterThan(0.9);
    }

    @Test
    void aSessionKeepsTheVersionItStartedWithWhenANewOneIsLearned() {
        InMemoryParameterStore params = new InMemoryParameterStore();
        ManualClock clock = new ManualClock(LearnerTest.NOW);
        var source = new LearnedModelSource(LearnerTest.KB_SOURCE, params, clock, Duration.ofSeconds(1));
        SessionService service = new SessionService(source, Planners.standard(), new MapStore(), clock);

        GuidedSession s = service.start("wh-1000xm2", "android", "no-sound", "web", Map.of());
        String shown = s.current().orElseThrow().step().id();
        assertThat(shown).isEqualTo("fix-a");   // the knowledge base believes in cause a

        params.save(learnedFromBOnly());
        clock.advance(Duration.ofSeconds(5));
        assertThat(service.start("wh-1000xm2", "android", "no-sound", "web", Map.of())
                .current().orElseThrow().step().id()).isEqualTo("fix-b");

        GuidedSession resumed = service.load(s.record().id());
        assertThat(resumed.record().parametersVersion()).isZero();
        assertThat(resumed.current().orElseThrow().step().id()).isEqualTo(shown);
        assertThat(service.reply(s.record().id(), shown, Reply.didNotHelp()).record().turns()).hasSize(1);
    }

    /** A session store in a map (the real ones are tested in pairdoctor-store). */
    static final class MapStore implements SessionStore {
        final Map<String, SessionRecord> sessions = new ConcurrentHashMap<>();

        @Override
        public void create(SessionRecord s) {
            sessions.put(s.id(), s);
        }

        @Override
        public synchronized void appendTurn(String id, int index, Turn turn) {
            sessions.put(id, sessions.get(id).after(turn));
        }

        @Override
        public void finish(String id, Outcome outcome, String fixedBy, Instant at) {
            sessions.put(id, sessions.get(id).ended(outcome, fixedBy, at));
        }

        @Override
        public Optional<SessionRecord> find(String id) {
            return Optional.ofNullable(sessions.get(id));
        }

        @Override
        public List<SessionRecord> startedSince(Instant since) {
            return sessions.values().stream().filter(s -> !s.startedAt().isBefore(since)).toList();
        }
    }
}
