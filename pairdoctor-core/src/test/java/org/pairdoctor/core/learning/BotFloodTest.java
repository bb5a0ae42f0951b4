package org.pairdoctor.core.learning;

import org.junit.jupiter.api.Test;
import org.pairdoctor.core.engine.Planners;
import org.pairdoctor.core.model.Action;
import org.pairdoctor.core.model.Answer;
import org.pairdoctor.core.model.Cause;
import org.pairdoctor.core.model.Question;
import org.pairdoctor.core.model.StepKind;
import org.pairdoctor.core.model.TroubleshootingModel;
import org.pairdoctor.core.session.Outcome;
import org.pairdoctor.core.session.Reply;
import org.pairdoctor.core.session.SessionRecord;
import org.pairdoctor.core.session.Turn;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pairdoctor.core.learning.LearnerTest.CLOCK;
import static org.pairdoctor.core.learning.LearnerTest.KB;
import static org.pairdoctor.core.learning.LearnerTest.KB_SOURCE;
import static org.pairdoctor.core.learning.LearnerTest.NOW;
import static org.pairdoctor.core.learning.LearnerTest.TRUTH;

/**
 * Issue 14: 10,000 bot sessions on top of 2,000 people's move no learned number by more than 10%.
 * The bots try every cheap way to steer: one client replaying a plausible story thousands of times,
 * a botnet of scripts that reply in milliseconds from a new address each, and sessions that are
 * created and left. Without the rules ({@link SessionWeights.Rules#trustAll()}) the same flood moves
 * numbers far more, so the test can fail.
 */
class BotFloodTest {
    static final String HOST = "android";

    /** 2,000 people, each from an address of their own, over the last 30 days. */
    static List<SessionRecord> people() {
        List<SessionRecord> played = SyntheticSessions.play(KB, TRUTH, Planners.standard(), HOST, 2_000,
                NOW.minusSeconds(30L * 86_400), 7);
        List<SessionRecord> out = new ArrayList<>();
        for (int i = 0; i < played.size(); i++) {
            out.add(keyed(played.get(i), "person-" + i));
        }
        return out;
    }

    /** 10,000 bot sessions, all telling the same lie: fix-a never helps, fix-both always does, and quickly. */
    static List<SessionRecord> bots() {
        SplittableRandom rnd = new SplittableRandom(11);
        List<SessionRecord> out = new ArrayList<>();
        Instant t = NOW.minusSeconds(5L * 86_400);
        // 4,000 from one client at a person's pace (3 s a step: slow enough to pass as read).
        for (int i = 0; i < 4_000; i++, t = t.plusSeconds(20)) {
            out.add(lie("one-" + i, "one-client", t, 3_000 + rnd.nextInt(500)));
        }
        // 4,000 scripts from 4,000 addresses, replying within half a second.
        for (int i = 0; i < 4_000; i++, t = t.plusSeconds(20)) {
            out.add(lie("net-" + i, "botnet-" + i, t, 20 + rnd.nextInt(480)));
        }
        // 2,000 created and left (no reply at all, or only a confirmation), from 200 addresses.
        for (int i = 0; i < 2_000; i++, t = t.plusSeconds(20)) {
            List<Turn> turns = i % 2 == 0 ? List.of()
                    : List.of(new Turn("fix-both", StepKind.ACTION, Reply.confirmed(), t, t.plusSeconds(4)));
            out.add(new SessionRecord("left-" + i, "wh-1000xm2", HOST, "no-sound", "api", Map.of(), t, turns,
                    i % 4 == 1 ? Outcome.ABANDONED : Outcome.IN_PROGRESS, null, i % 4 == 1 ? t.plusSeconds(5) : null,
                    0, "left-" + (i % 200)));
        }
        return out;
    }

    private static SessionRecord lie(String id, String client, Instant start, long millisPerStep) {
        Instant shown = start;
        Instant answered = shown.plusMillis(millisPerStep);
        Turn failed = new Turn("fix-a", StepKind.ACTION, Reply.didNotHelp(), shown, answered);
        Turn worked = new Turn("fix-both", StepKind.ACTION, Reply.worked(), answered, answered.plusMillis(millisPerStep));
        Instant end = answered.plusMillis(millisPerStep);
        return new SessionRecord(id, "wh-1000xm2", HOST, "no-sound", "api", Map.of(), start, List.of(failed, worked),
                Outcome.FIXED, "fix-both", end, 0, client);
    }

    private static SessionRecord keyed(SessionRecord r, String client) {
        return new SessionRecord(r.id(), r.deviceId(), r.hostId(), r.problemId(), "web", r.context(), r.startedAt(),
                r.turns(), r.outcome(), r.fixedBy(), r.endedAt(), r.parametersVersion(), client);
    }

    /** Every learned number of the host's model: priors, fix rates, answer likelihoods, step times. */
    static Map<String, Double> numbers(List<SessionRecord> sessions, SessionWeights.Rules rules) {
        Learner.Result r = new Learner(LearningSettings.defaults(), rules).learn(sessions, KB_SOURCE, CLOCK);
        TroubleshootingModel m = r.parameters().apply(KB, "no-sound", HOST);
        Map<String, Double> out = new TreeMap<>();
        for (Cause c : m.causes()) {
            out.put("prior " + c.id(), c.prior());
        }
        for (Action a : m.actions()) {
            out.put("effort " + a.id(), a.effortSeconds());
            a.fixes().forEach((cause, p) -> out.put("fix " + a.id() + " " + cause, p));
        }
        for (Question q : m.questions()) {
            out.put("seconds " + q.id(), q.seconds());
            for (Answer ans : q.answers()) {
                ans.likelihood().forEach((cause, p) -> out.put("answer " + q.id() + "=" + ans.id() + " " + cause, p));
            }
        }
        return out;
    }

    /** The largest relative move of any number from {@code before} to {@code after}. */
    static double largestMove(Map<String, Double> before, Map<String, Double> after) {
        double max = 0;
        for (var e : before.entrySet()) {
            double b = e.getValue();
            double a = after.getOrDefault(e.getKey(), 0.0);
            max = Math.max(max, Math.abs(a - b) / Math.max(Math.abs(b), 1e-9));
        }
        return max;
    }

    @Test
    void tenThousandBotSessionsMoveNoLearnedNumberByMoreThanTenPercent() {
        List<SessionRecord> people = people();
        List<SessionRecord> flooded = new ArrayList<>(people);
        flooded.addAll(bots());
        assertThat(flooded).hasSize(12_000);

        Map<String, Double> honest = numbers(people, SessionWeights.Rules.defaults());
        Map<String, Double> attacked = numbers(flooded, SessionWeights.Rules.defaults());

        assertThat(attacked.keySet()).containsAll(honest.keySet());
        double moved = largestMove(honest, attacked);
        honest.forEach((k, v) -> System.out.printf("  %-40s %10.4f %10.4f%n", k, v, attacked.get(k)));
        System.out.printf("bot flood: largest move of a learned number %.4f%% over %d numbers%n", 100 * moved,
                honest.size());
        assertThat(moved).as("largest relative move of a learned number").isLessThanOrEqualTo(0.10);
    }

    @Test
    void withoutTheRulesTheSameFloodSteersLearning() {
        List<SessionRecord> people = people();
        List<SessionRecord> flooded = new ArrayList<>(people);
        flooded.addAll(bots());

        Map<String, Double> honest = numbers(people, SessionWeights.Rules.trustAll());
        Map<String, Double> attacked = numbers(flooded, SessionWeights.Rules.trustAll());

        assertThat(largestMove(honest, attacked)).isGreaterThan(0.5);
        assertThat(attacked.get("effort fix-a")).isLessThan(honest.get("effort fix-a") / 2);
    }

    @Test
    void theRulesCostThePeoplesOwnLearningLittle() {
        // The people's sessions alone learn nearly the same under the rules as with every session believed.
        List<SessionRecord> people = people();
        assertThat(largestMove(numbers(people, SessionWeights.Rules.trustAll()),
                numbers(people, SessionWeights.Rules.defaults()))).isLessThan(0.02);
    }
}
