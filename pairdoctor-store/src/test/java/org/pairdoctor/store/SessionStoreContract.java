package org.pairdoctor.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pairdoctor.core.Failure;
import org.pairdoctor.core.PairdoctorException;
import org.pairdoctor.core.model.StepKind;
import org.pairdoctor.core.engine.Planners;
import org.pairdoctor.core.model.Action;
import org.pairdoctor.core.model.Cause;
import org.pairdoctor.core.model.Escalation;
import org.pairdoctor.core.model.TroubleshootingModel;
import org.pairdoctor.core.session.GuidedSession;
import org.pairdoctor.core.session.AuthoredModels;
import org.pairdoctor.core.session.Outcome;
import org.pairdoctor.core.session.Reply;
import org.pairdoctor.core.session.SessionRecord;
import org.pairdoctor.core.session.SessionService;
import org.pairdoctor.core.session.SessionStore;
import org.pairdoctor.core.session.StaleStepException;
import org.pairdoctor.core.session.Turn;
import org.pairdoctor.core.session.UnknownSessionException;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The {@link SessionStore} contract (written out in its javadoc), run on every implementation:
 * SQLite, PostgreSQL, the server's cache ({@link JdbcSessionStoreContract}) and the core's
 * {@link org.pairdoctor.core.session.InMemorySessionStore}. Subclasses say how to open the store and
 * what a restart finds.
 */
abstract class SessionStoreContract {
    static final TroubleshootingModel MODEL = new TroubleshootingModel("no-sound", Map.of(),
            List.of(new Cause("a", 0.6), new Cause("b", 0.3), new Cause("unknown", 0.1)),
            List.of(Action.of("fix-a", 10, Map.of("a", 0.9)), Action.of("fix-b", 10, Map.of("b", 0.9))),
            List.of(), new Escalation("support", 600));
    static final AuthoredModels MODELS = (problem, host, device) -> MODEL;
    static final Instant T0 = Instant.parse("2026-11-01T10:00:00.123456Z");

    SessionStore store;

    /** The store under test, empty. */
    abstract SessionStore openStore();

    /** Releases what {@link #openStore} took. */
    abstract void closeStore();

    /** The store as a restarted process finds it: the same sessions. */
    abstract SessionStore restart();

    @BeforeEach
    void open() {
        store = openStore();
    }

    @AfterEach
    void close() {
        closeStore();
    }

    static SessionRecord session(String id, Instant startedAt) {
        return new SessionRecord(id, "wh-1000xm2", "android", "no-sound", "web",
                Map.of("os-version", "14", "vendor", "samsung"), startedAt, List.of(), Outcome.IN_PROGRESS, null,
                null, 7);
    }

    static Turn turn(String step, Reply reply, int second) {
        return new Turn(step, StepKind.ACTION, reply, T0.plusSeconds(second), T0.plusSeconds(second + 5));
    }

    @Test
    void aCreatedSessionIsFoundWithEveryField() {
        store.create(session("s1", T0));
        SessionRecord found = store.find("s1").orElseThrow();
        assertThat(found).isEqualTo(session("s1", T0));
        assertThat(found.startedAt()).isEqualTo(T0);
    }

    @Test
    void anUnknownSessionIsNotFound() {
        assertThat(store.find("nope")).isEmpty();
    }

    @Test
    void turnsComeBackInTheOrderTheyWereAppended() {
        store.create(session("s1", T0));
        List<Turn> turns = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Reply r = i % 3 == 0 ? Reply.didNotHelp() : i % 3 == 1 ? Reply.answered("yes-" + i) : Reply.skipped();
            Turn t = new Turn("step-" + i, i % 3 == 1 ? StepKind.QUESTION : StepKind.ACTION, r,
                    T0.plusSeconds(i * 10L), T0.plusSeconds(i * 10L + 7));
            turns.add(t);
            store.appendTurn("s1", i, t);
        }
        assertThat(store.find("s1").orElseThrow().turns()).containsExactlyElementsOf(turns);
    }

    @Test
    void aSecondTurnAtTheSameIndexIsStale() {
        store.create(session("s1", T0));
        store.appendTurn("s1", 0, turn("fix-a", Reply.didNotHelp(), 0));
        assertThatThrownBy(() -> store.appendTurn("s1", 0, turn("fix-b", Reply.worked(), 1)))
                .isInstanceOf(StaleStepException.class).hasMessageContaining("already answered");
        assertThat(store.find("s1").orElseThrow().turns()).extracting(Turn::stepId).containsExactly("fix-a");
    }

    @Test
    void aTurnThatWouldLeaveAGapIsStale() {
        store.create(session("s1", T0));
        assertThatThrownBy(() -> store.appendTurn("s1", 1, turn("fix-a", Reply.didNotHelp(), 0)))
                .isInstanceOf(StaleStepException.class);
        assertThat(store.find("s1").orElseThrow().turns()).isEmpty();
    }

    @Test
    void aTurnForAnUnknownSessionFailsNamingIt() {
        assertThatThrownBy(() -> store.appendTurn("ghost", 0, turn("fix-a", Reply.didNotHelp(), 0)))
                .isInstanceOf(UnknownSessionException.class).hasMessageContaining("ghost");
    }

    @Test
    void finishingRecordsTheOutcomeAndAnEndedSessionTakesNoMoreTurns() {
        store.create(session("s1", T0));
        store.appendTurn("s1", 0, turn("fix-a", Reply.worked(), 0));
        store.finish("s1", Outcome.FIXED, "fix-a", T0.plusSeconds(5));
        SessionRecord r = store.find("s1").orElseThrow();
        assertThat(r.outcome()).isEqualTo(Outcome.FIXED);
        assertThat(r.fixedBy()).isEqualTo("fix-a");
        assertThat(r.endedAt()).isEqualTo(T0.plusSeconds(5));
        assertThatThrownBy(() -> store.appendTurn("s1", 1, turn("fix-b", Reply.didNotHelp(), 9)))
                .isInstanceOf(StaleStepException.class).hasMessageContaining("ended");
    }

    @Test
    void theFirstEndOfASessionWins() {
        store.create(session("s1", T0));
        store.finish("s1", Outcome.ABANDONED, null, T0.plusSeconds(60));
        store.finish("s1", Outcome.ESCALATED, null, T0.plusSeconds(90));
        assertThat(store.find("s1").orElseThrow().outcome()).isEqualTo(Outcome.ABANDONED);
        assertThatThrownBy(() -> store.finish("ghost", Outcome.FIXED, "x", T0))
                .isInstanceOf(UnknownSessionException.class);
    }

    @Test
    void startedSinceListsLaterSessionsOldestFirstWithTheirTurns() {
        store.create(session("late", T0.plusSeconds(300)));
        store.create(session("early", T0.plusSeconds(100)));
        store.create(session("before", T0.minusSeconds(100)));
        store.appendTurn("early", 0, turn("fix-a", Reply.didNotHelp(), 0));
        store.appendTurn("early", 1, turn("fix-b", Reply.worked(), 10));
        List<SessionRecord> found = store.startedSince(T0);
        assertThat(found).extracting(SessionRecord::id).containsExactly("early", "late");
        assertThat(found.get(0).turns()).extracting(Turn::stepId).containsExactly("fix-a", "fix-b");
        assertThat(found.get(1).turns()).isEmpty();
    }

    @Test
    void aSessionSurvivesClosingAndReopeningTheDatabase() {
        SessionService service = new SessionService(MODELS, Planners.standard(), store, Clock.systemUTC());
        GuidedSession s = service.start("wh-1000xm2", "android", "no-sound", "web", Map.of());
        String first = s.current().orElseThrow().step().id();
        service.reply(s.record().id(), first, Reply.didNotHelp());

        store = restart();
        SessionService restarted = new SessionService(MODELS, Planners.standard(), store, Clock.systemUTC());
        GuidedSession resumed = restarted.load(s.record().id());
        assertThat(resumed.record().turns()).extracting(Turn::stepId).containsExactly(first);
        String second = resumed.current().orElseThrow().step().id();
        assertThat(second).isNotEqualTo(first);
        GuidedSession done = restarted.reply(s.record().id(), second, Reply.worked());
        assertThat(done.record().outcome()).isEqualTo(Outcome.FIXED);
        assertThat(store.find(s.record().id()).orElseThrow().fixedBy()).isEqualTo(second);
    }

    @Test
    void ofTwoConcurrentRepliesToOneStepExactlyOneWins() throws Exception {
        SessionService service = new SessionService(MODELS, Planners.standard(), store,
                Clock.tickMillis(ZoneOffset.UTC));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 25; round++) {
                GuidedSession s = service.start("wh-1000xm2", "android", "no-sound", "web", Map.of());
                String id = s.record().id();
                String step = s.current().orElseThrow().step().id();
                CyclicBarrier together = new CyclicBarrier(2);
                Callable<String> worked = () -> {
                    together.await();
                    try {
                        service.reply(id, step, Reply.worked());
                        return "won";
                    } catch (StaleStepException e) {
                        return "stale";
                    }
                };
                Callable<String> failed = () -> {
                    together.await();
                    try {
                        service.reply(id, step, Reply.didNotHelp());
                        return "won";
                    } catch (StaleStepException e) {
                        return "stale";
                    }
                };
                Future<String> a = pool.submit(worked);
                Future<String> b = pool.submit(failed);
                assertThat(List.of(a.get(), b.get())).containsExactlyInAnyOrder("won", "stale");
                SessionRecord r = store.find(id).orElseThrow();
                assertThat(r.turns()).hasSize(1);
                boolean workedWon = a.get().equals("won");
                assertThat(r.outcome()).isEqualTo(workedWon ? Outcome.FIXED : Outcome.IN_PROGRESS);
                assertThat(r.turns().get(0).reply()).isEqualTo(workedWon ? Reply.worked() : Reply.didNotHelp());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void manyWritersAtOnceAllLand() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < 8; w++) {
                int writer = w;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 20; i++) {
                        String id = "w" + writer + "-" + i;
                        store.create(session(id, T0.plusSeconds(writer * 100L + i)));
                        store.appendTurn(id, 0, turn("fix-a", Reply.didNotHelp(), 0));
                        store.appendTurn(id, 1, turn("fix-b", Reply.worked(), 10));
                        store.finish(id, Outcome.FIXED, "fix-b", T0.plusSeconds(20));
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        List<SessionRecord> all = store.startedSince(Instant.EPOCH);
        assertThat(all).hasSize(160).allSatisfy(r -> {
            assertThat(r.turns()).hasSize(2);
            assertThat(r.outcome()).isEqualTo(Outcome.FIXED);
        });
    }

    @Test
    void aFinalTurnEndsItsSessionWithoutAFinish() {
        store.create(session("fixed", T0));
        store.appendTurn("fixed", 0, turn("fix-a", Reply.didNotHelp(), 0));
        store.appendTurn("fixed", 1, turn("fix-b", Reply.worked(), 10));
        SessionRecord fixed = store.find("fixed").orElseThrow();
        assertThat(fixed.outcome()).isEqualTo(Outcome.FIXED);
        assertThat(fixed.fixedBy()).isEqualTo("fix-b");
        assertThat(fixed.endedAt()).isEqualTo(T0.plusSeconds(15));

        store.create(session("escalated", T0));
        store.appendTurn("escalated", 0, new Turn("support", StepKind.ESCALATION, Reply.accepted(), T0,
                T0.plusSeconds(3)));
        SessionRecord escalated = store.find("escalated").orElseThrow();
        assertThat(escalated.outcome()).isEqualTo(Outcome.ESCALATED);
        assertThat(escalated.fixedBy()).isNull();
        assertThat(escalated.endedAt()).isEqualTo(T0.plusSeconds(3));
        assertThatThrownBy(() -> store.appendTurn("escalated", 1, turn("fix-a", Reply.didNotHelp(), 9)))
                .isInstanceOf(StaleStepException.class).hasMessageContaining("ended");
    }

    @Test
    void finishingASessionAFinalTurnEndedChangesNothing() {
        store.create(session("s1", T0));
        store.appendTurn("s1", 0, turn("fix-a", Reply.worked(), 0));
        store.finish("s1", Outcome.ABANDONED, null, T0.plusSeconds(99));
        SessionRecord r = store.find("s1").orElseThrow();
        assertThat(r.outcome()).isEqualTo(Outcome.FIXED);
        assertThat(r.fixedBy()).isEqualTo("fix-a");
        assertThat(r.endedAt()).isEqualTo(T0.plusSeconds(5));
    }

    @Test
    void aSecondSessionWithTheSameIdIsAConflict() {
        store.create(session("s1", T0));
        assertThatThrownBy(() -> store.create(session("s1", T0.plusSeconds(1))))
                .isInstanceOfSatisfying(PairdoctorException.class,
                        e -> assertThat(e.failure()).isEqualTo(Failure.CONFLICT));
        assertThat(store.find("s1").orElseThrow().startedAt()).isEqualTo(T0);
    }
}
