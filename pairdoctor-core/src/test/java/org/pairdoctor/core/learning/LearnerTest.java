package org.pairdoctor.core.learning;

import org.junit.jupiter.api.Test;
import org.pairdoctor.core.model.StepKind;
import org.pairdoctor.core.engine.Planners;
import org.pairdoctor.core.model.Action;
import org.pairdoctor.core.model.Answer;
import org.pairdoctor.core.model.Cause;
import org.pairdoctor.core.model.Escalation;
import org.pairdoctor.core.model.Question;
import org.pairdoctor.core.model.TroubleshootingModel;
import org.pairdoctor.core.session.AuthoredModels;
import org.pairdoctor.core.session.Outcome;
import org.pairdoctor.core.session.Reply;
import org.pairdoctor.core.session.SessionRecord;
import org.pairdoctor.core.session.Turn;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LearnerTest {
    static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    /** What the knowledge base believes. */
    static final TroubleshootingModel KB = model(0.6, 0.3, 0.9, 0.9);
    /** How the world really is: cause b is the common one and fix-a works less often. */
    static final TroubleshootingModel TRUTH = model(0.2, 0.7, 0.6, 0.9);

    static TroubleshootingModel model(double pa, double pb, double fixA, double fixB) {
        return new TroubleshootingModel("no-sound", Map.of(),
                List.of(new Cause("a", pa), new Cause("b", pb), new Cause("unknown", 1 - pa - pb)),
                List.of(Action.of("fix-a", 30, Map.of("a", fixA)), Action.of("fix-b", 30, Map.of("b", fixB)),
                        Action.of("fix-both", 120, Map.of("a", 0.3, "b", 0.3))),
                List.of(new Question("indicator", 5, List.of(
                        new Answer("red", Map.of("a", 0.8, "b", 0.2, "unknown", 0.5)),
                        new Answer("blue", Map.of("a", 0.2, "b", 0.8, "unknown", 0.5))))),
                new Escalation("support", 900));
    }

    static final AuthoredModels KB_SOURCE = (problem, host, device) -> {
        if (!problem.equals("no-sound")) {
            throw new org.pairdoctor.core.PairdoctorException("unknown problem " + problem);
        }
        return KB;
    };

    static SessionRecord session(String id, String host, Instant at, Outcome outcome, String fixedBy, Turn... turns) {
        return new SessionRecord(id, "wh-1000xm2", host, "no-sound", "web", Map.of(), at, List.of(turns), outcome,
                fixedBy, outcome == Outcome.IN_PROGRESS ? null : at.plusSeconds(60), 0);
    }

    static Turn did(String step, Reply reply) {
        return new Turn(step, step.equals("indicator") ? StepKind.QUESTION : StepKind.ACTION, reply,
                NOW, NOW);
    }

    static double priorDistance(TroubleshootingModel x, TroubleshootingModel y) {
        double d = 0;
        for (Cause c : x.causes()) {
            d += Math.abs(c.prior() - y.causes().stream().filter(o -> o.id().equals(c.id())).findFirst()
                    .orElseThrow().prior());
        }
        return d;
    }

    @Test
    void withNoSessionsTheModelStaysTheKnowledgeBases() {
        var result = new Learner(LearningSettings.defaults()).learn(List.of(), KB_SOURCE, CLOCK);
        assertThat(result.parameters().apply(KB, "no-sound", "android")).isEqualTo(KB);
        assertThat(result.sessionsUsed()).isZero();
    }

    @Test
    void sessionsPlayedInADifferentWorldMoveTheNumbersTowardsThatWorld() {
        List<SessionRecord> sessions = SyntheticSessions.play(KB, TRUTH, Planners.standard(), "android", 3000,
                NOW.minus(Duration.ofDays(3)), 1);
        var result = new Learner(LearningSettings.defaults()).learn(sessions, KB_SOURCE, CLOCK);
        TroubleshootingModel learned = result.parameters().apply(KB, "no-sound", "android");

        assertThat(result.sessionsUsed()).isEqualTo(3000);
        assertThat(priorDistance(learned, TRUTH)).isLessThan(0.25 * priorDistance(KB, TRUTH));
        double fixA = learned.action("fix-a").orElseThrow().fixProbability("a");
        assertThat(Math.abs(fixA - 0.6)).isLessThan(0.3 * Math.abs(0.9 - 0.6));
        assertThat(learned.action("fix-b").orElseThrow().fixProbability("b")).isCloseTo(0.9, within(0.05));
    }

    @Test
    void aSessionFixedByAnActionThatFixesOnlyOneCauseCountsWhollyForThatCause() {
        SessionRecord s = session("s1", "android", NOW, Outcome.FIXED, "fix-b",
                did("fix-a", Reply.didNotHelp()), did("fix-b", Reply.worked()));
        OutcomeCounts c = new Learner(LearningSettings.defaults()).learn(List.of(s), KB_SOURCE, CLOCK)
                .parameters().problems().get("no-sound").pooled();
        assertThat(c.causes().get("b")).isCloseTo(1.0, within(0.01));
        assertThat(c.fixes().get("fix-b").get("b")).isCloseTo(1.0, within(0.01));
        assertThat(c.tries("fix-a", "b")).isCloseTo(1.0, within(0.01));
        assertThat(c.fixes().getOrDefault("fix-a", Map.of())).isEmpty();
    }

    @Test
    void aFewSessionsMoveTheNumbersOnlyAsFarAsThePseudoCountAllows() {
        List<SessionRecord> sessions = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            sessions.add(session("s" + i, "android", NOW, Outcome.FIXED, "fix-b", did("fix-b", Reply.worked())));
        }
        var learned = new Learner(LearningSettings.defaults().withPseudoCount(10)).learn(sessions, KB_SOURCE, CLOCK)
                .parameters().apply(KB, "no-sound", "android");
        // Ten sessions that were all b against a prior of 0.3 with weight 10: (10·0.3 + 10) / 20 = 0.65.
        assertThat(learned.causes().get(1).prior()).isCloseTo(0.65, within(0.01));
    }

    @Test
    void oldSessionsFadeWithTheHalfLife() {
        List<SessionRecord> sessions = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            sessions.add(session("old" + i, "android", NOW.minus(Duration.ofDays(400)), Outcome.FIXED, "fix-a",
                    did("fix-a", Reply.worked())));
            sessions.add(session("new" + i, "android", NOW.minus(Duration.ofDays(1)), Outcome.FIXED, "fix-b",
                    did("fix-b", Reply.worked())));
        }
        var settings = LearningSettings.defaults().withHalfLife(Duration.ofDays(30));
        OutcomeCounts c = new Learner(settings).learn(sessions, KB_SOURCE, CLOCK).parameters().problems()
                .get("no-sound").pooled();
        // 400 days is over 13 half-lives: the old sessions weigh about 1/10000 of the new ones.
        assertThat(c.causes().get("a")).isLessThan(0.02);
        assertThat(c.causes().get("b")).isCloseTo(50 * Math.pow(0.5, (1 + 60.0 / 86400) / 30), within(0.5));
    }

    @Test
    void aHostWithEnoughSessionsGetsNumbersOfItsOwnAndTheOthersShareThePool() {
        List<SessionRecord> sessions = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            sessions.add(session("i" + i, "ios", NOW, Outcome.FIXED, "fix-a", did("fix-a", Reply.worked())));
        }
        for (int i = 0; i < 20; i++) {
            sessions.add(session("w" + i, "windows", NOW, Outcome.FIXED, "fix-b", did("fix-b", Reply.worked())));
        }
        LearnedParameters p = new Learner(LearningSettings.defaults().withMinHostSessions(100))
                .learn(sessions, KB_SOURCE, CLOCK).parameters();
        assertThat(p.hasOwnParameters("no-sound", "ios")).isTrue();
        assertThat(p.hasOwnParameters("no-sound", "windows")).isFalse();
        double iosA = p.apply(KB, "no-sound", "ios").causes().get(0).prior();
        double windowsA = p.apply(KB, "no-sound", "windows").causes().get(0).prior();
        double linuxA = p.apply(KB, "no-sound", "linux").causes().get(0).prior();
        assertThat(iosA).isGreaterThan(0.9);
        // windows has too few sessions: it uses the pooled counts (120 a, 20 b), as does an unseen host.
        assertThat(windowsA).isCloseTo((10 * 0.6 + 120) / 150.0, within(0.01)).isEqualTo(linuxA);
        assertThat(p.problems().get("no-sound").hostSessions()).containsOnlyKeys("ios", "windows");
    }

    @Test
    void answersTeachTheLikelihoodsOfAQuestion() {
        List<SessionRecord> sessions = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            // Cause b (fixed by fix-b alone) always shows blue here, more than the 0.8 the base says.
            sessions.add(session("q" + i, "android", NOW, Outcome.FIXED, "fix-b",
                    did("indicator", Reply.answered("blue")), did("fix-b", Reply.worked())));
        }
        TroubleshootingModel learned = new Learner(LearningSettings.defaults()).learn(sessions, KB_SOURCE, CLOCK)
                .parameters().apply(KB, "no-sound", "android");
        Question q = learned.question("indicator").orElseThrow();
        assertThat(q.answer("blue").orElseThrow().likelihood("b")).isGreaterThan(0.95);
        assertThat(q.answer("red").orElseThrow().likelihood("a")).isCloseTo(0.8, within(0.02));
    }

    @Test
    void sessionsStillRunningAndOfUnknownProblemsAreSkipped() {
        List<SessionRecord> sessions = List.of(
                session("running", "android", NOW.minus(Duration.ofMinutes(5)), Outcome.IN_PROGRESS, null),
                session("left", "android", NOW.minus(Duration.ofDays(2)), Outcome.IN_PROGRESS, null,
                        did("fix-a", Reply.didNotHelp())),
                new SessionRecord("other", "d", "android", "gone-problem", "web", Map.of(), NOW, List.of(),
                        Outcome.ABANDONED, null, NOW, 0));
        var r = new Learner(LearningSettings.defaults()).learn(sessions, KB_SOURCE, CLOCK);
        assertThat(r.sessionsUsed()).isEqualTo(1);
        assertThat(r.sessionsSkipped()).isEqualTo(2);
    }

    @Test
    void changesAreListedLargestFirstWithTheirCount() {
        List<SessionRecord> sessions = SyntheticSessions.play(KB, TRUTH, Planners.standard(), "android", 500,
                NOW.minus(Duration.ofDays(1)), 2);
        LearnedParameters p = new Learner(LearningSettings.defaults()).learn(sessions, KB_SOURCE, CLOCK).parameters();
        List<ParameterChange> changes = ParameterChange.between("no-sound", "android", KB,
                p.apply(KB, "no-sound", "android"), p.problems().get("no-sound").forHost("android"));
        assertThat(changes).isNotEmpty();
        assertThat(changes).isSortedAccordingTo(ParameterChange.largestFirst());
        ParameterChange top = changes.get(0);
        assertThat(Math.abs(top.move())).isGreaterThan(0.1);
        assertThat(top.describe()).matches(".+: 0\\.\\d\\d \u2192 0\\.\\d\\d \\(n=\\d+\\)");
    }

    @Test
    void describeNamesTheNumberTheWayPeopleReadIt() {
        var c = new ParameterChange("p", "android", ParameterChange.Kind.FIX, "battery-optimisation",
                "exempt-from-battery-optimisation", null, 0.6, 0.42, 340.2);
        assertThat(c.describe()).isEqualTo(
                "P(fix | battery-optimisation) for exempt-from-battery-optimisation: 0.60 \u2192 0.42 (n=340)");
    }

    @Test
    void learnedParametersSurviveTheirStoredForm() {
        List<SessionRecord> sessions = SyntheticSessions.play(KB, TRUTH, Planners.standard(), "android", 200,
                NOW.minus(Duration.ofDays(1)), 3);
        LearnedParameters p = new Learner(LearningSettings.defaults()).learn(sessions, KB_SOURCE, CLOCK)
                .parameters().withVersion(4);
        LearnedParameters back = LearnedParametersJson.read(4, LearnedParametersJson.write(p));
        assertThat(back).isEqualTo(p);
        assertThat(back.apply(KB, "no-sound", "android")).isEqualTo(p.apply(KB, "no-sound", "android"));
    }

    @Test
    void stepsThatTakeLongerThanTheKnowledgeBaseSaysGetLongerDurations() {
        List<SessionRecord> sessions = new ArrayList<>();
        for (int i = 0; i < 90; i++) {
            Turn slow = new Turn("fix-a", StepKind.ACTION, Reply.didNotHelp(), NOW, NOW.plusSeconds(90));
            Turn skipped = new Turn("fix-both", StepKind.ACTION, Reply.skipped(), NOW, NOW.plusSeconds(2));
            sessions.add(session("t" + i, "android", NOW, Outcome.FIXED, "fix-b", slow, skipped,
                    new Turn("fix-b", StepKind.ACTION, Reply.worked(), NOW, NOW.plusSeconds(30))));
        }
        LearnedParameters p = new Learner(LearningSettings.defaults()).learn(sessions, KB_SOURCE, CLOCK).parameters();
        TroubleshootingModel learned = p.apply(KB, "no-sound", "android");
        // 90 observations of 90 s against 30 s with weight 10: (10·30 + 90·90) / 100 = 84.
        assertThat(learned.action("fix-a").orElseThrow().seconds()).isCloseTo(84, within(1e-6));
        assertThat(learned.action("fix-b").orElseThrow().seconds()).isCloseTo(30, within(1e-6));
        // A skip says nothing about how long doing the step takes.
        assertThat(learned.action("fix-both").orElseThrow().seconds()).isEqualTo(120);
        assertThat(ParameterChange.between("no-sound", "android", KB, learned, p.problems().get("no-sound").pooled()))
                .filteredOn(c -> c.kind() == ParameterChange.Kind.SECONDS).singleElement()
                .extracting(ParameterChange::describe).isEqualTo("seconds of fix-a: 30 \u2192 84 (n=90)");
    }

    @Test
    void aConfirmationIsNoEvidenceAndItsStepIsTimedFromWhenItWasFirstShown() {
        List<SessionRecord> plain = new ArrayList<>();
        List<SessionRecord> confirmed = new ArrayList<>();
        for (int i = 0; i < 90; i++) {
            Turn failed = new Turn("fix-a", StepKind.ACTION, Reply.didNotHelp(), NOW, NOW.plusSeconds(90));
            Turn fixed = new Turn("fix-b", StepKind.ACTION, Reply.worked(), NOW, NOW.plusSeconds(30));
            plain.add(session("p" + i, "android", NOW, Outcome.FIXED, "fix-b", failed, fixed));
            // The same, with fix-a confirmed 10 s after it was shown and answered 80 s later.
            confirmed.add(session("c" + i, "android", NOW, Outcome.FIXED, "fix-b",
                    new Turn("fix-a", StepKind.ACTION, Reply.confirmed(), NOW, NOW.plusSeconds(10)),
                    new Turn("fix-a", StepKind.ACTION, Reply.didNotHelp(), NOW.plusSeconds(10), NOW.plusSeconds(90)),
                    fixed));
        }
        Learner learner = new Learner(LearningSettings.defaults());
        assertThat(learner.learn(confirmed, KB_SOURCE, CLOCK).parameters().apply(KB, "no-sound", "android"))
                .isEqualTo(learner.learn(plain, KB_SOURCE, CLOCK).parameters().apply(KB, "no-sound", "android"));
    }
}
