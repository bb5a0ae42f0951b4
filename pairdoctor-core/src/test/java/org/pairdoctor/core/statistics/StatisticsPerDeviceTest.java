package org.pairdoctor.core.statistics;

import org.junit.jupiter.api.Test;
import org.pairdoctor.core.engine.Planners;
import org.pairdoctor.core.learning.LearningSettings;
import org.pairdoctor.core.model.Action;
import org.pairdoctor.core.model.Cause;
import org.pairdoctor.core.model.Escalation;
import org.pairdoctor.core.model.TroubleshootingModel;
import org.pairdoctor.core.session.AuthoredModels;
import org.pairdoctor.core.session.InMemorySessionStore;
import org.pairdoctor.core.session.Outcome;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** Figures per headset and per family of headsets, the page's filter to one headset, and the report's models. */
class StatisticsPerDeviceTest {
    static final Instant T = Instant.parse("2026-11-10T10:00:00Z");
    static final Function<String, String> FAMILIES = d -> d.startsWith("sony-") ? "sony-1000x" : "generic";

    static SessionSummary s(String id, String device, Outcome o, long seconds) {
        return new SessionSummary(id, device, "no-sound", "android", T, o, o == Outcome.FIXED ? "fix-a" : null,
                T.plusSeconds(seconds));
    }

    /** {@code fixed} fixed, {@code escalated} escalated and {@code abandoned} abandoned sessions of a headset. */
    static List<SessionSummary> sessions(String device, int fixed, int escalated, int abandoned, long seconds) {
        List<SessionSummary> out = new ArrayList<>();
        for (int i = 0; i < fixed + escalated + abandoned; i++) {
            Outcome o = i < fixed ? Outcome.FIXED : i < fixed + escalated ? Outcome.ESCALATED : Outcome.ABANDONED;
            out.add(s(device + "-" + i, device, o, seconds));
        }
        return out;
    }

    @Test
    void sessionsOfTwoHeadsetsGiveTwoRowsWithTheirOwnNumbersAndTheirFamilysSum() {
        List<SessionSummary> all = new ArrayList<>(sessions("sony-wh-1000xm4", 30, 10, 0, 120));
        all.addAll(sessions("sony-wf-1000xm5", 5, 10, 5, 600));
        all.addAll(sessions("generic-headset", 1, 1, 0, 60));
        Statistics st = Statistics.of(Instant.EPOCH, T.plusSeconds(86400), all, List.of(), FAMILIES);

        assertThat(st.devices()).containsOnlyKeys("generic-headset", "sony-wf-1000xm5", "sony-wh-1000xm4");
        GroupStatistics xm4 = st.devices().get("sony-wh-1000xm4");
        assertThat(xm4.sessions()).isEqualTo(40);
        assertThat(xm4.resolution()).isEqualTo(new Proportion(30, 40));
        assertThat(xm4.escalation()).isEqualTo(new Proportion(10, 40));
        assertThat(xm4.timeToConnected().medianSeconds()).isEqualTo(120.0);
        GroupStatistics wf = st.devices().get("sony-wf-1000xm5");
        assertThat(wf.resolution()).isEqualTo(new Proportion(5, 20));
        assertThat(wf.abandonment()).isEqualTo(new Proportion(5, 20));
        assertThat(wf.timeToConnected().medianSeconds()).isEqualTo(600.0);

        // The minimum-count rule of the pages: 40 ended sessions are enough, 20 are not.
        assertThat(xm4.enoughFor(ObservedFigures.MIN_PEOPLE)).isTrue();
        assertThat(wf.enoughFor(ObservedFigures.MIN_PEOPLE)).isFalse();

        assertThat(st.families()).containsOnlyKeys("generic", "sony-1000x");
        assertThat(st.families().get("sony-1000x").resolution()).isEqualTo(new Proportion(35, 60));
        assertThat(st.family("sony-wf-1000xm5")).contains("sony-1000x");
        assertThat(st.family("generic-headset")).contains("generic");
        assertThat(Statistics.of(Instant.EPOCH, T, all, List.of()).families()).isEmpty();
    }

    @Test
    void theFiguresOfOneHeadsetCountOnlyItsSessionsAndSteps() {
        List<SessionSummary> all = new ArrayList<>(sessions("sony-wh-1000xm4", 3, 1, 0, 120));
        all.addAll(sessions("sony-wf-1000xm5", 1, 2, 0, 600));
        List<StepCount> steps = List.of(new StepCount("no-sound", "android", "sony-wh-1000xm4", "fix-a", 4, 3),
                new StepCount("no-sound", "android", "sony-wf-1000xm5", "fix-a", 3, 1),
                new StepCount("no-sound", "android", "sony-wf-1000xm5", "fix-case", 2, 0));
        Map<String, Statistics> per = Statistics.perDevice(Instant.EPOCH, T.plusSeconds(60), all, steps, FAMILIES);

        Statistics wf = per.get("sony-wf-1000xm5");
        assertThat(wf.overall().sessions()).isEqualTo(3);
        assertThat(wf.devices()).containsOnlyKeys("sony-wf-1000xm5");
        assertThat(wf.step("no-sound", Statistics.ALL_HOSTS, "fix-a").orElseThrow().fixed())
                .isEqualTo(new Proportion(1, 3));
        assertThat(wf.steps("no-sound")).extracting(StepStatistics::stepId).containsExactly("fix-a", "fix-case");
        assertThat(per.get("sony-wh-1000xm4").steps("no-sound")).extracting(StepStatistics::stepId)
                .containsExactly("fix-a");

        // Every headset together: the counts of one step add up over the headsets.
        Statistics both = Statistics.of(Instant.EPOCH, T.plusSeconds(60), all, steps, FAMILIES);
        assertThat(both.step("no-sound", "android", "fix-a").orElseThrow().fixed()).isEqualTo(new Proportion(4, 7));
    }

    @Test
    void theCacheAndTheQueriesGiveOneHeadsetsFigures() {
        InMemorySessionStore store = new InMemorySessionStore();
        TroubleshootingModel m = model(false);
        MonthlyReportReasonTest.play(store, "sony-wh-1000xm4", m, m, 5, T, 1);
        MonthlyReportReasonTest.play(store, "generic-headset", m, m, 3, T.plusSeconds(7200), 2);
        OutcomeQueries q = RecordedOutcomes.of(store);
        assertThat(q.forDevice("generic-headset").sessions(Instant.EPOCH, T.plusSeconds(86400)))
                .hasSize(3).allMatch(s -> s.deviceId().equals("generic-headset"));
        assertThat(q.forDevice("generic-headset").steps(Instant.EPOCH, T.plusSeconds(86400)))
                .isNotEmpty().allMatch(c -> c.deviceId().equals("generic-headset"));

        StatisticsCache cache = new StatisticsCache(q, Clock.fixed(T.plusSeconds(86400), ZoneOffset.UTC),
                Duration.ofMinutes(1), Runnable::run, FAMILIES);
        assertThat(cache.statistics().devices()).containsOnlyKeys("generic-headset", "sony-wh-1000xm4");
        assertThat(cache.statistics("sony-wh-1000xm4").orElseThrow().overall().sessions()).isEqualTo(5);
        assertThat(cache.statistics("generic-headset").orElseThrow().overall().sessions()).isEqualTo(3);
        assertThat(cache.statistics("sony-wf-1000xm4")).isEmpty();
        assertThat(cache.statistics().families().get("sony-1000x").sessions()).isEqualTo(5);
    }

    /** The problem's model; the earbuds' one has a cause and a step of their own (the charging case). */
    static TroubleshootingModel model(boolean earbuds) {
        List<Cause> causes = new ArrayList<>(List.of(new Cause("a", 0.5), new Cause("b", 0.3)));
        List<Action> actions = new ArrayList<>(List.of(Action.of("fix-a", 30, Map.of("a", 0.9)),
                Action.of("fix-b", 60, Map.of("b", 0.9))));
        if (earbuds) {
            causes.add(new Cause("case-flat", 0.15));
            actions.add(Action.of("charge-case", 120, Map.of("case-flat", 0.9)));
        }
        double rest = 1 - causes.stream().mapToDouble(Cause::prior).sum();
        causes.add(new Cause("unknown", rest));
        return new TroubleshootingModel(MonthlyReportReasonTest.PROBLEM, Map.of(), causes, actions, List.of(),
                new Escalation("support", 900), List.of());
    }

    @Test
    void theReportRanksEachHeadsetsStepsWithItsOwnModelAndCanBeRestrictedToOne() {
        InMemorySessionStore store = new InMemorySessionStore();
        TroubleshootingModel overEar = model(false);
        TroubleshootingModel earbuds = model(true);
        MonthlyReportReasonTest.play(store, "sony-wh-1000xm4", overEar, overEar, 200,
                Instant.parse("2026-11-02T08:00:00Z"), 3);
        MonthlyReportReasonTest.play(store, "sony-wf-1000xm4", earbuds, earbuds, 200,
                Instant.parse("2026-11-03T08:00:00Z"), 4);
        AuthoredModels knowledge = (problem, host, device) -> device != null && device.startsWith("sony-wf")
                ? earbuds : overEar;
        YearMonth nov = YearMonth.of(2026, 11);

        MonthlyReport r = MonthlyReport.build(nov, store, RecordedOutcomes.of(store), knowledge, Planners.standard(),
                LearningSettings.defaults(), null, FAMILIES);
        assertThat(r.thisMonth().devices()).containsOnlyKeys("sony-wf-1000xm4", "sony-wh-1000xm4");
        // The earbuds' causes come from the earbuds' model, not the default (over-ear) one.
        assertThat(r.causes()).filteredOn(c -> c.deviceId().equals("sony-wf-1000xm4"))
                .extracting(MonthlyReport.LearnedCause::causeId).contains("case-flat");
        assertThat(r.causes()).filteredOn(c -> c.deviceId().equals("sony-wh-1000xm4"))
                .extracting(MonthlyReport.LearnedCause::causeId).isNotEmpty().doesNotContain("case-flat");
        assertThat(r.ranks()).filteredOn(m -> m.deviceId().equals("sony-wh-1000xm4"))
                .extracting(MonthlyReport.RankMove::stepId).doesNotContain("charge-case");

        MonthlyReport one = MonthlyReport.build(nov, store, RecordedOutcomes.of(store), knowledge, Planners.standard(),
                LearningSettings.defaults(), "sony-wf-1000xm4", FAMILIES);
        assertThat(one.device()).isEqualTo("sony-wf-1000xm4");
        assertThat(one.thisMonth().overall().sessions()).isEqualTo(200);
        assertThat(one.thisMonth().devices()).containsOnlyKeys("sony-wf-1000xm4");
        assertThat(one.causes()).isNotEmpty().allMatch(c -> c.deviceId().equals("sony-wf-1000xm4"));
        assertThat(one.ranks()).allMatch(m -> m.deviceId().equals("sony-wf-1000xm4"));
    }
}
