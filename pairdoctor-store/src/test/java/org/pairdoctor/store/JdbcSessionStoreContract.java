package org.pairdoctor.store;

import org.junit.jupiter.api.Test;
import org.pairdoctor.core.session.Outcome;
import org.pairdoctor.core.session.Reply;
import org.pairdoctor.core.session.SessionStore;
import org.pairdoctor.core.model.StepKind;
import org.pairdoctor.core.session.Turn;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The store contract on a real database behind {@link JdbcSessionStore} (subclasses pick SQLite or
 * PostgreSQL, and the store over it), plus what only the database stores do: survive a real close
 * and reopen, answer the statistics' queries.
 */
abstract class JdbcSessionStoreContract extends SessionStoreContract {
    Database db;

    /** The store under test over an open database. */
    SessionStore storeOver(Database database) {
        return new JdbcSessionStore(database);
    }

    /** A JDBC URL of an empty database that keeps being returned until {@link #cleanUp()}. */
    abstract String url();

    abstract void cleanUp();

    @Override
    SessionStore openStore() {
        db = Database.open(url());
        return storeOver(db);
    }

    @Override
    void closeStore() {
        if (db != null) {
            db.close();
        }
        cleanUp();
    }

    @Override
    SessionStore restart() {
        db.close();
        db = Database.open(url());
        return storeOver(db);
    }

    @Test
    void sessionsStreamOneAtATimeOldestFirstWithTheirTurns() {
        for (int i = 0; i < 520; i++) {
            store.create(session(String.format("st-%04d", i), T0.plusSeconds(i)));
        }
        store.appendTurn("st-0007", 0, turn("fix-a", Reply.didNotHelp(), 0));
        store.appendTurn("st-0007", 1, turn("fix-b", Reply.worked(), 10));
        java.util.List<org.pairdoctor.core.session.SessionRecord> seen = new java.util.ArrayList<>();
        store.eachStartedSince(T0.plusSeconds(5), seen::add);
        assertThat(seen).hasSize(515);
        assertThat(seen.get(0).id()).isEqualTo("st-0005");
        assertThat(seen.get(2).turns()).extracting(Turn::stepId).containsExactly("fix-a", "fix-b");
        assertThat(seen.get(2).outcome()).isEqualTo(Outcome.FIXED);
        assertThat(seen).isEqualTo(store.startedSince(T0.plusSeconds(5)));
    }

    @Test
    void aServerSecretIsMadeOnceAndOutlivesARestart() {
        byte[] first = new ServerSecrets(db).secret(ServerSecrets.CLIENT_KEY);
        assertThat(first).hasSize(32);
        assertThat(new ServerSecrets(db).secret(ServerSecrets.CLIENT_KEY)).isEqualTo(first);
        restart();
        assertThat(new ServerSecrets(db).secret(ServerSecrets.CLIENT_KEY)).isEqualTo(first);
        assertThat(new ServerSecrets(db).secret("another")).isNotEqualTo(first);
    }

    @Test
    void statisticsQueriesCountSessionsAndTheTriesAndFixesOfEveryStep() {
        store.create(session("x1", T0));
        store.appendTurn("x1", 0, turn("fix-a", Reply.didNotHelp(), 0));
        store.appendTurn("x1", 1, turn("fix-b", Reply.worked(), 10));
        store.create(session("x2", T0.plusSeconds(5)));
        store.appendTurn("x2", 0, turn("fix-a", Reply.worked(), 0));
        store.create(session("x3", T0.plusSeconds(9)));
        store.appendTurn("x3", 0, turn("fix-a", Reply.skipped(), 0));
        store.appendTurn("x3", 1, new Turn("indicator", StepKind.QUESTION, Reply.answered("red"), T0, T0));
        store.create(session("later", T0.plusSeconds(86400)));

        JdbcOutcomeQueries q = new JdbcOutcomeQueries(db);
        var sessions = q.sessions(T0, T0.plusSeconds(3600));
        assertThat(sessions).extracting(org.pairdoctor.core.statistics.SessionSummary::id)
                .containsExactly("x1", "x2", "x3");
        assertThat(sessions.get(0).outcome()).isEqualTo(Outcome.FIXED);
        assertThat(sessions.get(0).fixedBy()).isEqualTo("fix-b");
        assertThat(sessions.get(0).deviceId()).isEqualTo("wh-1000xm2");
        assertThat(q.steps(T0, T0.plusSeconds(3600))).containsExactly(
                new org.pairdoctor.core.statistics.StepCount("no-sound", "android", "wh-1000xm2", "fix-a", 2, 1),
                new org.pairdoctor.core.statistics.StepCount("no-sound", "android", "wh-1000xm2", "fix-b", 1, 1));
    }
}
