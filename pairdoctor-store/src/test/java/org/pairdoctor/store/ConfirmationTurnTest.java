package org.pairdoctor.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pairdoctor.core.engine.Planners;
import org.pairdoctor.core.model.Action;
import org.pairdoctor.core.model.Cause;
import org.pairdoctor.core.model.Escalation;
import org.pairdoctor.core.model.StepKind;
import org.pairdoctor.core.model.TroubleshootingModel;
import org.pairdoctor.core.session.ConfirmationRequiredException;
import org.pairdoctor.core.session.GuidedSession;
import org.pairdoctor.core.session.Outcome;
import org.pairdoctor.core.session.Reply;
import org.pairdoctor.core.session.SessionRecord;
import org.pairdoctor.core.session.SessionService;
import org.pairdoctor.core.statistics.StepCount;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The confirmation of a destructive step is stored like any turn and counted as no outcome. */
class ConfirmationTurnTest {
    static final TroubleshootingModel MODEL = new TroubleshootingModel("p", Map.of(),
            List.of(new Cause("corrupt", 0.9), new Cause("unknown", 0.1)),
            List.of(new Action("factory-reset", 120, Map.of("corrupt", 0.9), true)),
            List.of(), new Escalation("support", 3600));

    @TempDir
    Path dir;

    @Test
    void aConfirmedResetSurvivesAReopenAndCountsOnceInTheStatistics() {
        String id;
        try (Database db = Database.openDirectory(dir)) {
            SessionService service = new SessionService((p, h, d) -> MODEL, Planners.standard(), new JdbcSessionStore(db),
                    Clock.systemUTC());
            id = service.start("dev", "android", "p", "api", Map.of()).record().id();
            assertThatThrownBy(() -> service.reply(id, "factory-reset", Reply.worked()))
                    .isInstanceOf(ConfirmationRequiredException.class);
            service.reply(id, "factory-reset", Reply.confirmed());
        }
        try (Database db = Database.openDirectory(dir)) {
            JdbcSessionStore store = new JdbcSessionStore(db);
            SessionService service = new SessionService((p, h, d) -> MODEL, Planners.standard(), store, Clock.systemUTC());
            GuidedSession resumed = service.load(id);
            assertThat(resumed.confirmed()).as("the confirmation was read back from the database").isTrue();
            service.reply(id, "factory-reset", Reply.worked());

            SessionRecord r = store.find(id).orElseThrow();
            assertThat(r.outcome()).isEqualTo(Outcome.FIXED);
            assertThat(r.turns()).extracting(t -> t.reply().code()).containsExactly("confirmed", "worked");
            assertThat(r.turns()).extracting(t -> t.kind()).containsOnly(StepKind.ACTION);
            assertThat(new JdbcOutcomeQueries(db).steps(Instant.EPOCH, Instant.now().plusSeconds(60)))
                    .singleElement().extracting(StepCount::tries, StepCount::fixes).containsExactly(1L, 1L);
        }
    }
}
