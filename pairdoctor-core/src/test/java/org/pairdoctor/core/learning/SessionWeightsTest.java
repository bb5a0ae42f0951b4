package org.pairdoctor.core.learning;

import org.junit.jupiter.api.Test;
import org.pairdoctor.core.model.StepKind;
import org.pairdoctor.core.session.Outcome;
import org.pairdoctor.core.session.Reply;
import org.pairdoctor.core.session.SessionRecord;
import org.pairdoctor.core.session.Turn;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SessionWeightsTest {
    static final Instant T = Instant.parse("2026-11-20T12:00:00Z");
    static final SessionWeights.Rules RULES = SessionWeights.Rules.defaults();

    /** A fixed session whose two replies took {@code millis} each. */
    static SessionRecord paced(String id, String client, long millis, Outcome outcome) {
        Turn a = new Turn("fix-a", StepKind.ACTION, Reply.didNotHelp(), T, T.plusMillis(millis));
        Turn b = new Turn("fix-b", StepKind.ACTION, outcome == Outcome.FIXED ? Reply.worked() : Reply.didNotHelp(),
                T.plusMillis(millis), T.plusMillis(2 * millis));
        return new SessionRecord(id, "d", "h", "p", "web", Map.of(), T, List.of(a, b), outcome,
                outcome == Outcome.FIXED ? "fix-b" : null, T.plusMillis(2 * millis), 0, client);
    }

    static double weight(SessionRecord s) {
        return SessionWeights.of(List.of(s), RULES).weight(s);
    }

    @Test
    void aPersonsPaceIsBelievedAScriptsIsNot() {
        assertThat(weight(paced("p", "c", 25_000, Outcome.FIXED))).isEqualTo(1.0);
        assertThat(weight(paced("s", "c", 300, Outcome.FIXED))).isZero();
    }

    @Test
    void oneQuickReplyAmongManyIsAPersonWhoKnewTheStep() {
        List<Turn> turns = new ArrayList<>();
        Instant at = T;
        for (int i = 0; i < 4; i++) {
            long ms = i == 0 ? 800 : 20_000;
            turns.add(new Turn("q" + i, StepKind.QUESTION, Reply.answered("yes"), at, at.plusMillis(ms)));
            at = at.plusMillis(ms);
        }
        SessionRecord s = new SessionRecord("x", "d", "h", "p", "web", Map.of(), T, turns, Outcome.ESCALATED, null,
                at, 0, "c");
        assertThat(weight(s)).isEqualTo(1.0);
    }

    @Test
    void aSessionWithoutEvidenceTeachesNothingAndOneWithoutAnOutcomeHalf() {
        SessionRecord empty = new SessionRecord("e", "d", "h", "p", "api", Map.of(), T, List.of(), Outcome.ABANDONED,
                null, T, 0, "c");
        SessionRecord confirmedOnly = new SessionRecord("c", "d", "h", "p", "api", Map.of(), T,
                List.of(new Turn("reset", StepKind.ACTION, Reply.confirmed(), T, T.plusSeconds(5))),
                Outcome.ABANDONED, null, T.plusSeconds(9), 0, "c");
        assertThat(weight(empty)).isZero();
        assertThat(weight(confirmedOnly)).isZero();
        assertThat(weight(paced("a", "c", 20_000, Outcome.ABANDONED))).isEqualTo(0.5);
    }

    @Test
    void probeAnswersRecordedAtTheStartAreNotJudgedAsQuick() {
        Turn probe1 = new Turn("adapter-on", StepKind.QUESTION, Reply.answered("yes"), T, T);
        Turn probe2 = new Turn("seen", StepKind.QUESTION, Reply.answered("no"), T, T);
        Turn person = new Turn("fix-a", StepKind.ACTION, Reply.worked(), T, T.plusSeconds(40));
        SessionRecord s = new SessionRecord("x", "d", "h", "p", "connector", Map.of(), T,
                List.of(probe1, probe2, person), Outcome.FIXED, "fix-a", T.plusSeconds(40), 0, null);
        assertThat(weight(s)).isEqualTo(1.0);
    }

    @Test
    void oneClientCountsAsAtMostThreeSessionsAndAFloodNotAtAll() {
        List<SessionRecord> ten = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ten.add(paced("s" + i, "busy", 20_000, Outcome.FIXED));
        }
        ten.add(paced("other", "someone-else", 20_000, Outcome.FIXED));
        ten.add(paced("terminal", null, 20_000, Outcome.FIXED));
        SessionWeights w = SessionWeights.of(ten, RULES);
        assertThat(ten.stream().filter(s -> "busy".equals(s.clientKey())).mapToDouble(w::weight).sum())
                .isCloseTo(3.0, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(w.weight(ten.get(10))).isEqualTo(1.0);
        assertThat(w.weight(ten.get(11))).isEqualTo(1.0);

        List<SessionRecord> flood = new ArrayList<>();
        for (int i = 0; i < 31; i++) {
            flood.add(paced("f" + i, "script", 20_000, Outcome.FIXED));
        }
        SessionWeights f = SessionWeights.of(flood, RULES);
        assertThat(flood).allSatisfy(s -> assertThat(f.weight(s)).isZero());
    }

    @Test
    void durationsTooQuickUntimedOrLeftOpenAreNotLearned() {
        SessionWeights w = SessionWeights.of(List.of(), RULES);
        assertThat(w.seconds(T, T.plusSeconds(42))).hasValue(42.0);
        assertThat(w.seconds(T, T.plusMillis(900))).isEmpty();
        assertThat(w.seconds(T, T)).isEmpty();
        assertThat(w.seconds(T, T.plusSeconds(3 * 3600))).isEmpty();
    }
}
