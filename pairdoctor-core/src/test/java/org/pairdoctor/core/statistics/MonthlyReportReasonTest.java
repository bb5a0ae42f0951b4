package org.pairdoctor.core.statistics;

import org.junit.jupiter.api.Test;
import org.pairdoctor.core.engine.Planners;
import org.pairdoctor.core.engine.Step;
import org.pairdoctor.core.learning.LearningSettings;
import org.pairdoctor.core.model.Action;
import org.pairdoctor.core.model.Cause;
import org.pairdoctor.core.model.Escalation;
import org.pairdoctor.core.model.TroubleshootingModel;
import org.pairdoctor.core.session.AuthoredModels;
import org.pairdoctor.core.session.GuidedSession;
import org.pairdoctor.core.session.InMemorySessionStore;
import org.pairdoctor.core.session.Outcome;
import org.pairdoctor.core.session.Reply;
import org.pairdoctor.core.session.SessionRecord;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The monthly report's reason for a step that moved is the part of the learned change that moved
 * it: in a world where only a cause's probability changes it names that probability, in one where
 * only a time changes it names that time, never the other.
 */
class MonthlyReportReasonTest {
    static final String PROBLEM = "no-sound";
    static final YearMonth NOVEMBER = YearMonth.of(2026, 11);

    static TroubleshootingModel model(double pa, double pb, double secondsA, double secondsB, double secondsBoth) {
        return new TroubleshootingModel(PROBLEM, Map.of(),
                List.of(new Cause("a", pa), new Cause("b", pb), new Cause("unknown", 1 - pa - pb)),
                List.of(Action.of("fix-a", secondsA, Map.of("a", 0.9)), Action.of("fix-b", secondsB, Map.of("b", 0.9)),
                        Action.of("fix-both", secondsBoth, Map.of("a", 0.3, "b", 0.3))),
                List.of(), new Escalation("support", 900), List.of());
    }

    /** October as the knowledge base says, November as {@code november} is; the report of November. */
    static MonthlyReport report(TroubleshootingModel kb, TroubleshootingModel november) {
        InMemorySessionStore store = new InMemorySessionStore();
        play(store, kb, kb, 100, Instant.parse("2026-10-02T08:00:00Z"), 1);
        play(store, kb, november, 800, Instant.parse("2026-11-02T08:00:00Z"), 2);
        AuthoredModels knowledge = (problem, host, device) -> kb;
        return MonthlyReport.build(NOVEMBER, store, RecordedOutcomes.of(store), knowledge, Planners.standard(),
                LearningSettings.defaults());
    }

    /** Sessions planned with the knowledge base's numbers in a world that follows {@code truth}, times included. */
    static void play(InMemorySessionStore store, TroubleshootingModel believed, TroubleshootingModel truth, int count,
                     Instant start, long seed) {
        play(store, "dev", believed, truth, count, start, seed);
    }

    /** As above, with a headset of {@code device}. */
    static void play(InMemorySessionStore store, String device, TroubleshootingModel believed,
                     TroubleshootingModel truth, int count, Instant start, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < count; i++) {
            Instant t = start.plusSeconds(300L * i);
            String cause = draw(truth, random);
            GuidedSession s = GuidedSession.resume(new SessionRecord("s" + seed + "-" + i, device, "android", PROBLEM,
                    "test", Map.of(), t, List.of(), Outcome.IN_PROGRESS, null, null, 0), believed, Planners.standard());
            while (!s.ended()) {
                Step step = s.current().orElseThrow().step();
                Reply reply = step instanceof Step.Repair r
                        ? (random.nextDouble() < truth.action(r.id()).orElseThrow().fixProbability(cause)
                        ? Reply.worked() : Reply.didNotHelp())
                        : Reply.accepted();
                Instant shown = t;
                t = t.plusSeconds(Math.round(truth.action(step.id()).map(Action::seconds).orElse(60.0)));
                s = s.reply(step.id(), reply, shown, t);
            }
            store.create(s.record());
        }
    }

    static String draw(TroubleshootingModel m, SplittableRandom random) {
        double u = random.nextDouble();
        double acc = 0;
        for (Cause c : m.causes()) {
            acc += c.prior();
            if (u < acc) {
                return c.id();
            }
        }
        return "unknown";
    }

    static MonthlyReport.RankMove move(MonthlyReport r, String step) {
        return r.ranks().stream().filter(m -> m.stepId().equals(step)).findFirst()
                .orElseThrow(() -> new AssertionError(step + " did not move: " + r.ranks()));
    }

    @Test
    void whenOnlyACauseBecameCommonTheReasonIsThatCausesProbability() {
        TroubleshootingModel kb = model(0.6, 0.3, 30, 60, 150);
        MonthlyReport r = report(kb, model(0.1, 0.8, 30, 60, 150));

        MonthlyReport.RankMove up = move(r, "fix-b");
        assertThat(up.before()).isEqualTo(2);
        assertThat(up.after()).isEqualTo(1);
        MovePart reason = up.parts().get(0);
        assertThat(reason.kind()).isEqualTo(MovePart.Kind.CAUSE_PROBABILITY);
        assertThat(reason.cause()).isEqualTo("b");
        assertThat(reason.after()).isGreaterThan(0.6);
        assertThat(reason.effect()).isPositive();
        assertThat(up.why()).containsPattern("^the probability of cause b rose from [23]\\d% to [678]\\d% ")
                .contains("effective sample ")
                .contains("sessions; 95% posterior interval ").doesNotContain("n=");
        assertThat(reason.posterior().low()).isLessThan(reason.after());
        assertThat(reason.posterior().high()).isGreaterThan(reason.after());
        assertThat(up.parts()).noneMatch(p -> p.kind() == MovePart.Kind.TIME && p.effect() != 0);

        MovePart down = move(r, "fix-a").parts().get(0);
        assertThat(down.kind()).isEqualTo(MovePart.Kind.CAUSE_PROBABILITY);
        assertThat(down.cause()).isEqualTo("a");
        assertThat(down.effect()).isNegative();
        assertThat(move(r, "fix-a").why()).containsPattern("^the probability of cause a fell from [56]\\d% to ");
    }

    @Test
    void whenOnlyATimeChangedTheReasonIsThatTime() {
        TroubleshootingModel kb = model(0.45, 0.45, 30, 300, 400);
        MonthlyReport r = report(kb, model(0.45, 0.45, 600, 300, 400));

        MonthlyReport.RankMove up = move(r, "fix-b");
        assertThat(up.after()).isLessThan(up.before());
        MovePart reason = up.parts().get(0);
        assertThat(reason.kind()).isEqualTo(MovePart.Kind.TIME);
        assertThat(reason.step()).isEqualTo("fix-a");
        assertThat(reason.before()).isCloseTo(30.0, org.assertj.core.api.Assertions.within(1e-6));
        assertThat(reason.after()).isGreaterThan(300);
        assertThat(up.why()).startsWith("the time of fix-a rose from 30 s to ").contains("effective sample ")
                .contains("timings");
        assertThat(up.parts()).noneMatch(p -> p.kind() == MovePart.Kind.CAUSE_PROBABILITY && p.effect() != 0);

        MonthlyReport.RankMove down = move(r, "fix-a");
        assertThat(down.parts().get(0).kind()).isEqualTo(MovePart.Kind.TIME);
        assertThat(down.parts().get(0).effect()).isNegative();
    }
}
