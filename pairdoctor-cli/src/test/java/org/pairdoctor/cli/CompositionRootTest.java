package org.pairdoctor.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pairdoctor.core.engine.Planners;
import org.pairdoctor.core.knowledge.KnowledgeBase;
import org.pairdoctor.core.knowledge.ShippedKnowledge;
import org.pairdoctor.core.prompt.Prompt;
import org.pairdoctor.core.prompt.Prompts;
import org.pairdoctor.core.session.GuidedSession;
import org.pairdoctor.core.session.SessionRecord;
import org.pairdoctor.store.Database;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One composition root for every command: a session started on the web (the service as `serve`
 * wires it) with learned parameters version 1, continued in the terminal after version 2 was
 * learned, shows the same step with the same numbers as version 1 gave it, neither the knowledge
 * base's own numbers nor version 2's.
 */
class CompositionRootTest {
    private static final String DEVICE = "sony-wh-1000xm2";
    private static final String HOST = "android";
    private static final String PROBLEM = "connected-no-sound";

    @TempDir
    Path dir;

    @Test
    void aWebSessionResumedInTheTerminalAfterANewVersionKeepsItsOwnNumbers() throws Exception {
        Path data = dir.resolve("data");
        StoredSessions.play(data, 120, Instant.now().minusSeconds(3 * 86400));
        assertThat(cli("learn", "--data", data.toString()).out()).contains("Saved as version 1");

        KnowledgeBase kb = ShippedKnowledge.load();
        SessionRecord started;
        try (Application web = new Application(kb, Database.openDirectory(data), Clock.systemUTC())) {
            GuidedSession s = web.sessions().start(DEVICE, HOST, PROBLEM, "web", Map.of());
            started = s.record();
        }
        assertThat(started.parametersVersion()).isEqualTo(1);

        StoredSessions.play(data, 240, Instant.now().minusSeconds(2 * 86400));
        assertThat(cli("learn", "--data", data.toString()).out()).contains("Saved as version 2");

        List<String> shownOnTheWeb = firstStep(kb, data, started, 1);
        // The test could not tell the versions apart if they gave the same first step and numbers.
        assertThat(shownOnTheWeb).isNotEqualTo(firstStep(kb, data, started, 0))
                .isNotEqualTo(firstStep(kb, data, started, 2));

        Path answers = dir.resolve("answers.txt");
        Files.writeString(answers, "q\n");
        Run resumed = cli("diagnose", "--session", started.id(), "--answers", answers.toString(),
                "--data", data.toString());
        assertThat(resumed.out()).as(resumed.err()).contains("-- Step 1");
        assertThat(resumed.out()).contains(shownOnTheWeb);
    }

    /**
     * What the terminal prints for the first step of the session planned with a parameters version:
     * the expected time left, the step's title, the most likely causes with their probabilities.
     */
    private static List<String> firstStep(KnowledgeBase kb, Path data, SessionRecord record, long version) {
        try (Application app = new Application(kb, Database.openDirectory(data), Clock.systemUTC())) {
            GuidedSession s = GuidedSession.resume(record, app.models().model(PROBLEM, HOST, null, version),
                    Planners.standard());
            Prompt p = new Prompts(kb).current(s).orElseThrow();
            List<String> causes = new ArrayList<>();
            for (Prompt.LikelyCause c : p.why().causes()) {
                causes.add(c.title() + " (" + Math.round(c.probability() * 100) + "%)");
            }
            long left = Math.round(p.why().expectedRemainingSeconds());
            String time = left < 60 ? left + " s" : String.format(java.util.Locale.ROOT, "%d:%02d min", left / 60, left % 60);
            return List.of("about " + time + " left", p.title(), String.join("; ", causes) + ".");
        }
    }

    record Run(int exit, String out, String err) {
    }

    private static Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(exit, out.toString(), err.toString());
    }
}
