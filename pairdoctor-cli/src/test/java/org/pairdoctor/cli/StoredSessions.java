package org.pairdoctor.cli;

import org.pairdoctor.core.engine.Planners;
import org.pairdoctor.core.engine.Step;
import org.pairdoctor.core.knowledge.KnowledgeBase;
import org.pairdoctor.core.knowledge.ShippedKnowledge;
import org.pairdoctor.core.session.GuidedSession;
import org.pairdoctor.core.session.Reply;
import org.pairdoctor.core.session.SessionService;
import org.pairdoctor.store.Database;
import org.pairdoctor.store.JdbcSessionStore;

import java.nio.file.Path;
import org.pairdoctor.core.simulation.SimulationClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Fills a real SQLite data directory with sessions played through the real session service: in
 * this test world the audio output is never the problem and raising the volume fixes it for every
 * other person.
 */
final class StoredSessions {
    private StoredSessions() {
    }

    static void play(Path dataDir, int count, Instant start) {
        play(dataDir, count, start, "sony-wh-1000xm2", 2);
    }

    /** As above, with another headset. */
    static void play(Path dataDir, String device, int count, Instant start) {
        play(dataDir, count, start, device, 2);
    }

    /** The same on {@code device}, where raising the volume fixes it for one person in {@code worksEvery} (0: never). */
    static void play(Path dataDir, int count, Instant start, String device, int worksEvery) {
        KnowledgeBase kb = KnowledgeBase.load(ShippedKnowledge.directory());
        try (Database db = Database.openDirectory(dataDir)) {
            for (int i = 0; i < count; i++) {
                SimulationClock clock = new SimulationClock(start.plus(Duration.ofMinutes(i)));
                SessionService service = new SessionService(kb, Planners.standard(), new JdbcSessionStore(db), clock);
                GuidedSession s = service.start(device, "android", "connected-no-sound", "test", Map.of());
                while (!s.ended()) {
                    Step step = s.current().orElseThrow().step();
                    Reply reply;
                    if (step instanceof Step.Escalate) {
                        reply = Reply.accepted();
                    } else if (step instanceof Step.Ask ask) {
                        reply = Reply.answered(ask.question().answers().get(0).id());
                    } else if (step.id().equals("raise-volume") && worksEvery > 0 && i % worksEvery == 0) {
                        reply = Reply.worked();
                    } else {
                        reply = Reply.didNotHelp();
                    }
                    clock.advanceSeconds(step.seconds());   // people take as long as the knowledge base says
                    s = service.reply(s.record().id(), step.id(), reply);
                }
            }
        }
    }
}
