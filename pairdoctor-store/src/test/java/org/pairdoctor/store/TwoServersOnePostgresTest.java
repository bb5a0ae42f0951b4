package org.pairdoctor.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pairdoctor.core.engine.Planners;
import org.pairdoctor.core.session.GuidedSession;
import org.pairdoctor.core.session.Outcome;
import org.pairdoctor.core.session.Reply;
import org.pairdoctor.core.session.SessionService;
import org.pairdoctor.core.session.StaleStepException;

import java.time.Clock;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Two server instances, each with its own connection pool and session service, on one PostgreSQL
 * database: a session begun on one continues on the other, and a reply already given on one is
 * stale on the other.
 */
class TwoServersOnePostgresTest {
    String url;
    Database first;
    Database second;

    @BeforeEach
    void open() {
        url = TestDatabases.freshPostgresSchema();
        first = Database.open(url);
        second = Database.open(url);
    }

    @AfterEach
    void close() {
        if (first != null) {
            first.close();
        }
        if (second != null) {
            second.close();
        }
        if (url != null) {
            TestDatabases.dropPostgresSchema(url);
        }
    }

    @Test
    void aSessionBegunOnOneServerContinuesOnTheOther() {
        SessionService a = new SessionService(SessionStoreContract.MODELS, Planners.standard(),
                new JdbcSessionStore(first), Clock.systemUTC());
        SessionService b = new SessionService(SessionStoreContract.MODELS, Planners.standard(),
                new JdbcSessionStore(second), Clock.systemUTC());

        GuidedSession begun = a.start("wh-1000xm2", "android", "no-sound", "web", Map.of());
        String id = begun.record().id();
        String step1 = begun.current().orElseThrow().step().id();

        GuidedSession onB = b.load(id);
        assertThat(onB.current().orElseThrow().step().id()).isEqualTo(step1);
        GuidedSession afterB = b.reply(id, step1, Reply.didNotHelp());
        String step2 = afterB.current().orElseThrow().step().id();

        // Server A sees B's reply: the old step is stale there, the new one is current.
        assertThatThrownBy(() -> a.reply(id, step1, Reply.worked())).isInstanceOf(StaleStepException.class);
        assertThat(a.load(id).current().orElseThrow().step().id()).isEqualTo(step2);
        GuidedSession done = a.reply(id, step2, Reply.worked());
        assertThat(done.record().outcome()).isEqualTo(Outcome.FIXED);
        assertThat(b.load(id).record().outcome()).isEqualTo(Outcome.FIXED);
        assertThat(b.load(id).record().fixedBy()).isEqualTo(step2);
    }
}
