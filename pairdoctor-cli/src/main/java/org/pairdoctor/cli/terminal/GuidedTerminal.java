package org.pairdoctor.cli.terminal;

import org.pairdoctor.core.engine.Recommendation;
import org.pairdoctor.core.prompt.Prompt;
import org.pairdoctor.core.prompt.Prompts;
import org.pairdoctor.core.session.ConfirmationRequiredException;
import org.pairdoctor.core.session.GuidedSession;
import org.pairdoctor.core.session.InvalidReplyException;
import org.pairdoctor.core.session.Outcome;
import org.pairdoctor.core.session.Reply;
import org.pairdoctor.core.session.SessionService;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A guided session in the terminal: shows the core's prompt of each step (instructions, why, time
 * so far and expected time left; a destructive step asks for "yes" first), reads the answer as a
 * number or a reply code, and stores every turn through the same {@link SessionService} as the web.
 * Leaving (q, end of input, Ctrl-C) pauses: every answer is already stored, the session stays in
 * progress, and `diagnose --session ID` or the browser at /s/ID continues it where it was.
 */
public final class GuidedTerminal {
    private final SessionService service;
    private final TerminalKnowledge knowledge;
    private final Prompter prompter;
    private final PrintWriter out;
    private final Clock clock;
    private final Prompts prompts;
    private final TerminalPrompt promptReader;

    public GuidedTerminal(SessionService service, TerminalKnowledge knowledge, Prompter prompter, PrintWriter out,
                          Clock clock) {
        this.service = service;
        this.knowledge = knowledge;
        this.prompter = prompter;
        this.out = out;
        this.clock = clock;
        this.prompts = new Prompts(knowledge, service.models());
        this.promptReader = new TerminalPrompt(prompter, out);
    }

    /**
     * Asks the user to pick one of {@code entries} (by number or id).
     *
     * @return the chosen id; empty at end of input
     */
    public Optional<String> choose(String what, List<TerminalKnowledge.Entry> entries) {
        out.println("Which " + what + "?");
        for (int i = 0; i < entries.size(); i++) {
            out.printf("  %d) %s%n", i + 1, entries.get(i).name());
        }
        out.flush();
        while (true) {
            Optional<String> line = prompter.ask(what + " [1-" + entries.size() + "]> ");
            if (line.isEmpty()) {
                return Optional.empty();
            }
            String s = line.get();
            for (TerminalKnowledge.Entry e : entries) {
                if (e.id().equals(s)) {
                    return Optional.of(e.id());
                }
            }
            Integer n = TerminalPrompt.number(s);
            if (n != null && n >= 1 && n <= entries.size()) {
                return Optional.of(entries.get(n - 1).id());
            }
            out.println("Please answer with a number from 1 to " + entries.size() + ".");
        }
    }

    /** Runs the session until it is fixed or escalated, or the person leaves (it stays in progress). */
    public Outcome run(GuidedSession start) {
        String id = start.record().id();
        GuidedSession[] current = {start};
        try {
            while (!current[0].ended()) {
                Recommendation rec = current[0].current().orElseThrow();
                Optional<Reply> reply = ask(current[0]);
                if (reply.isEmpty()) {
                    paused(id);
                    break;
                }
                try {
                    current[0] = service.reply(id, rec.step().id(), reply.get());
                } catch (InvalidReplyException | ConfirmationRequiredException e) {
                    out.println(e.getMessage());
                }
            }
        } catch (Prompter.Interrupted e) {
            paused(id);
        }
        Outcome outcome = current[0].record().outcome();
        if (outcome == Outcome.FIXED) {
            out.println("Fixed after " + minutes(elapsed(current[0])) + ". Thanks: your steps help the next person.");
        } else if (outcome == Outcome.ESCALATED) {
            out.println("Session ended with the escalation above after " + minutes(elapsed(current[0])) + ".");
        }
        out.flush();
        return outcome;
    }

    /** Leaving keeps the session as it is: nothing to store, every answer already is. */
    private void paused(String id) {
        out.println();
        out.println("Paused; your place is kept. Continue with:");
        out.println("  pairdoctor diagnose --session " + id);
        out.println("or in the browser at /s/" + id + " on the pairdoctor server that shares this database.");
    }

    private Optional<Reply> ask(GuidedSession session) {
        Prompt p = prompts.current(session).orElseThrow();
        String header = String.format(Locale.ROOT, "-- Step %d · %s so far · about %s left (estimate) --", p.number(),
                minutes(elapsed(session)), minutes(Duration.ofSeconds(Math.round(p.why().expectedRemainingSeconds()))));
        return promptReader.ask(p, header);
    }

    private Duration elapsed(GuidedSession s) {
        var end = s.record().endedAt() != null ? s.record().endedAt() : clock.instant();
        return Duration.between(s.record().startedAt(), end);
    }

    static String minutes(Duration d) {
        long s = Math.max(0, d.toSeconds());
        return s < 60 ? s + " s" : String.format(Locale.ROOT, "%d:%02d min", s / 60, s % 60);
    }
}
