package org.pairdoctor.core.session;

import org.junit.jupiter.api.Test;
import org.pairdoctor.core.model.StepKind;
import org.pairdoctor.core.engine.Planners;
import org.pairdoctor.core.model.Action;
import org.pairdoctor.core.model.Answer;
import org.pairdoctor.core.model.Cause;
import org.pairdoctor.core.model.Escalation;
import org.pairdoctor.core.model.Question;
import org.pairdoctor.core.model.TroubleshootingModel;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Sessions started with questions a probe already answered (the connector's hand-over). */
class PreAnsweredSessionTest {
    static final TroubleshootingModel MODEL = new TroubleshootingModel("p", Map.of(),
            List.of(new Cause("paired-stale", 0.5), new Cause("other", 0.4), new Cause("unknown", 0.1)),
            List.of(Action.of("forget-and-repair", 60, Map.of("paired-stale", 0.9)),
                    Action.of("restart", 30, Map.of("other", 0.5))),
            List.of(new Question("listed-before", 5, List.of(
                    new Answer("listed", Map.of("paired-stale", 0.9, "other", 0.3, "unknown", 0.5)),
                    new Answer("not-listed", Map.of("paired-stale", 0.1, "other", 0.7, "unknown", 0.5))))),
            new Escalation("support", 600));
    static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");

    final Map<String, SessionRecord> stored = new ConcurrentHashMap<>();
    final SessionStore store = new SessionStore() {
        public void create(SessionRecord s) {
            stored.put(s.id(), s);
        }

        public void appendTurn(String id, int index, Turn turn) {
            SessionRecord r = stored.get(id);
            if (r.turns().size() != index) {
                throw new StaleStepException("turn " + index + " exists");
            }
            stored.put(id, r.after(turn));
        }

        public void finish(String id, Outcome outcome, String fixedBy, Instant at) {
            stored.put(id, stored.get(id).ended(outcome, fixedBy, at));
        }

        public Optional<SessionRecord> find(String id) {
            return Optional.ofNullable(stored.get(id));
        }

        public List<SessionRecord> startedSince(Instant since) {
            return new ArrayList<>(stored.values());
        }
    };
    final SessionService service = new SessionService((problem, host, device) -> MODEL, Planners.standard(), store,
            Clock.fixed(T0, ZoneOffset.UTC));

    @Test
    void preAnsweredQuestionsAreStoredAsQuestionTurnsAndBecomeEvidence() {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("listed-before", "listed");

        GuidedSession s = service.start("dev", "linux", "p", "connector", Map.of(), answers);

        assertThat(s.evidence().answers()).containsEntry("listed-before", "listed");
        Turn t = stored.get(s.record().id()).turns().get(0);
        assertThat(t.kind()).isEqualTo(StepKind.QUESTION);
        assertThat(t.reply().code()).isEqualTo("answer:listed");
        assertThat(t.shownAt()).isEqualTo(T0);
        GuidedSession reloaded = service.load(s.record().id());
        assertThat(reloaded.evidence()).isEqualTo(s.evidence());
        assertThat(reloaded.current().orElseThrow().step().id()).isNotEqualTo("listed-before");
    }

    @Test
    void theEvidenceChangesWhichStepComesFirst() {
        GuidedSession listed = service.start("dev", "linux", "p", "connector", Map.of(), Map.of("listed-before", "listed"));
        GuidedSession notListed = service.start("dev", "linux", "p", "connector", Map.of(),
                Map.of("listed-before", "not-listed"));

        assertThat(listed.current().orElseThrow().step().id()).isEqualTo("forget-and-repair");
        assertThat(notListed.current().orElseThrow().step().id()).isEqualTo("restart");
    }

    @Test
    void anUnknownQuestionOrAnswerStoresNothing() {
        assertThatThrownBy(() -> service.start("dev", "linux", "p", "connector", Map.of(), Map.of("nope", "listed")))
                .isInstanceOf(InvalidReplyException.class).hasMessageContaining("no question 'nope'");
        assertThatThrownBy(() -> service.start("dev", "linux", "p", "connector", Map.of(),
                Map.of("listed-before", "maybe"))).isInstanceOf(InvalidReplyException.class)
                .hasMessageContaining("no answer 'maybe'");
        assertThat(stored).isEmpty();
    }
}
