package org.pairdoctor.core.learning;

import org.pairdoctor.core.engine.Planner;
import org.pairdoctor.core.engine.Step;
import org.pairdoctor.core.model.Answer;
import org.pairdoctor.core.model.Cause;
import org.pairdoctor.core.model.TroubleshootingModel;
import org.pairdoctor.core.session.GuidedSession;
import org.pairdoctor.core.session.Outcome;
import org.pairdoctor.core.session.Reply;
import org.pairdoctor.core.session.SessionRecord;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Sessions played by a planner that believes {@code believed} in a world that follows {@code truth}. */
final class SyntheticSessions {
    private SyntheticSessions() {
    }

    static List<SessionRecord> play(TroubleshootingModel believed, TroubleshootingModel truth, Planner planner,
                                    String host, int count, Instant start, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<SessionRecord> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Instant t = start.plusSeconds(i * 60L);
            String cause = draw(truth, rnd);
            SessionRecord r = new SessionRecord("s" + seed + "-" + i, "wh-1000xm2", host, truth.problem(), "simulation",
                    Map.of(), t, List.of(), Outcome.IN_PROGRESS, null, null, 0);
            GuidedSession s = GuidedSession.resume(r, believed, planner);
            while (!s.ended()) {
                Step step = s.current().orElseThrow().step();
                Reply reply;
                if (step instanceof Step.Repair rep) {
                    double p = truth.action(rep.id()).orElseThrow().fixProbability(cause);
                    reply = rnd.nextDouble() < p ? Reply.worked() : Reply.didNotHelp();
                } else if (step instanceof Step.Ask ask) {
                    reply = Reply.answered(answer(truth, ask.id(), cause, rnd));
                } else {
                    reply = Reply.accepted();
                }
                Instant shown = t;
                t = t.plusSeconds((long) step.seconds());
                s = s.reply(step.id(), reply, shown, t);
            }
            out.add(s.record());
        }
        return out;
    }

    private static String draw(TroubleshootingModel m, SplittableRandom rnd) {
        double u = rnd.nextDouble();
        double acc = 0;
        for (Cause c : m.causes()) {
            acc += c.prior();
            if (u < acc) {
                return c.id();
            }
        }
        return m.causes().get(m.causes().size() - 1).id();
    }

    private static String answer(TroubleshootingModel m, String question, String cause, SplittableRandom rnd) {
        double u = rnd.nextDouble();
        double acc = 0;
        List<Answer> answers = m.question(question).orElseThrow().answers();
        for (Answer a : answers) {
            acc += a.likelihood(cause);
            if (u < acc) {
                return a.id();
            }
        }
        return answers.get(answers.size() - 1).id();
    }
}
