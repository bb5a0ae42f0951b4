package org.pairdoctor.core.statistics;

import org.junit.jupiter.api.Test;
import org.pairdoctor.core.session.Outcome;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class StatisticsTest {
    static final Instant OCT = Instant.parse("2026-10-15T10:00:00Z");
    static final Instant NOV = Instant.parse("2026-11-10T10:00:00Z");

    static SessionSummary s(String id, String host, Instant at, Outcome o, String fixedBy, long seconds) {
        return new SessionSummary(id, "xm2", "no-sound", host, at, o, fixedBy,
                o == Outcome.IN_PROGRESS ? null : at.plusSeconds(seconds));
    }

    @Test
    void wilsonIntervalsMatchPublishedValues() {
        // Reference values of the 95% Wilson score interval (Newcombe 1998, table I; z = 1.96).
        assertThat(new Proportion(0, 10).low()).isEqualTo(0.0);
        assertThat(new Proportion(0, 10).high()).isCloseTo(0.2775, within(1e-4));
        assertThat(new Proportion(10, 10).low()).isCloseTo(0.7225, within(1e-4));
        assertThat(new Proportion(5, 10).low()).isCloseTo(0.2366, within(1e-4));
        assertThat(new Proportion(5, 10).high()).isCloseTo(0.7634, within(1e-4));
        assertThat(new Proportion(81, 263).low()).isCloseTo(0.2553, within(1e-4));
        assertThat(new Proportion(81, 263).high()).isCloseTo(0.3662, within(1e-4));
    }

    @Test
    void anEmptyProportionIsZeroWithTheWidestInterval() {
        Proportion p = new Proportion(0, 0);
        assertThat(p.rate()).isZero();
        assertThat(p.low()).isZero();
        assertThat(p.high()).isEqualTo(1.0);
        assertThatThrownBy(() -> new Proportion(3, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sessionsAreCountedPerProblemHostAndMonthWithTheResolutionRateOfEndedOnes() {
        List<SessionSummary> list = List.of(
                s("1", "android", OCT, Outcome.FIXED, "fix-a", 90),
                s("2", "android", OCT, Outcome.ESCALATED, null, 900),
                s("3", "ios", NOV, Outcome.FIXED, "fix-b", 400),
                s("4", "ios", NOV, Outcome.ABANDONED, null, 100),
                s("5", "ios", NOV, Outcome.IN_PROGRESS, null, 0));
        Statistics st = Statistics.of(Instant.EPOCH, NOV.plusSeconds(86400), list, List.of());
        assertThat(st.overall().sessions()).isEqualTo(5);
        assertThat(st.overall().resolution()).isEqualTo(new Proportion(2, 4));
        assertThat(st.overall().inProgress()).isEqualTo(1);
        assertThat(st.overall().share(Outcome.ESCALATED)).isEqualTo(0.25);
        assertThat(st.hosts().get("no-sound").get("ios").sessions()).isEqualTo(3);
        assertThat(st.hosts().get("no-sound").get("android").resolution().rate()).isEqualTo(0.5);
        assertThat(st.months()).extracting(Statistics.MonthStatistics::month)
                .containsExactly(YearMonth.of(2026, 10), YearMonth.of(2026, 11));
        assertThat(st.months().get(1).figures().fixed()).isEqualTo(1);
        DurationSummary t = st.overall().timeToConnected();
        assertThat(t.count()).isEqualTo(2);
        assertThat(t.medianSeconds()).isEqualTo(245.0);
        assertThat(t.histogram()).extracting(DurationSummary.Bucket::count).containsExactly(0L, 1L, 0L, 1L, 0L, 0L, 0L);
    }

    @Test
    void stepRatesArePooledOverHostsAndSortedBestFirst() {
        List<StepCount> counts = List.of(new StepCount("no-sound", "android", "xm2", "fix-a", 100, 30),
                new StepCount("no-sound", "ios", "xm2", "fix-a", 50, 30),
                new StepCount("no-sound", "ios", "xm4", "fix-b", 10, 9));
        Statistics st = Statistics.of(Instant.EPOCH, NOV, List.of(), counts);
        assertThat(st.step("no-sound", Statistics.ALL_HOSTS, "fix-a").orElseThrow().fixed())
                .isEqualTo(new Proportion(60, 150));
        assertThat(st.steps("no-sound")).extracting(StepStatistics::stepId).containsExactly("fix-b", "fix-a");
    }

    @Test
    void observedFiguresAppearOnlyWithEnoughPeople() {
        List<StepCount> counts = List.of(new StepCount("no-sound", "android", "xm2", "fix-a", 340, 211),
                new StepCount("no-sound", "ios", "xm2", "fix-a", 29, 20));
        ObservedFigures f = new ObservedFigures(Statistics.of(Instant.EPOCH, NOV, List.of(), counts));
        assertThat(f.fixed("no-sound", "fix-a").orElseThrow().fixed().n()).isEqualTo(369);
        assertThat(f.fixedOn("no-sound", "android", "fix-a").orElseThrow().text())
                .isEqualTo("fixed it for 62% (57\u201367%) of 340 people");
        // 29 people on iOS are too few for a figure of its own: the figure over every host is shown.
        assertThat(f.fixedOn("no-sound", "ios", "fix-a").orElseThrow().hostId()).isEqualTo(Statistics.ALL_HOSTS);
        assertThat(f.fixed("no-sound", "fix-b")).isEmpty();
        assertThat(new ObservedFigures(Statistics.of(Instant.EPOCH, NOV, List.of(),
                List.of(new StepCount("p", "h", "xm2", "x", 29, 20)))).fixed("p", "x")).isEmpty();
    }

    @Test
    void quantilesInterpolateBetweenOrderStatistics() {
        List<Duration> d = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            d.add(Duration.ofSeconds(i * 10L));
        }
        DurationSummary s = DurationSummary.of(d);
        assertThat(s.medianSeconds()).isEqualTo(55.0);
        assertThat(s.p90Seconds()).isEqualTo(91.0);
        assertThat(s.meanSeconds()).isEqualTo(55.0);
        assertThat(DurationSummary.of(List.of()).count()).isZero();
    }
}
