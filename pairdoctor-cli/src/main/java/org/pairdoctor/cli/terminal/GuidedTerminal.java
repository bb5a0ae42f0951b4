package org.pairdoctor.cli.terminal;

import org.pairdoctor.core.engine.Recommendation;
import org.pairdoctor.core.prompt.Prompt;
import org.pairdoctor.core.prompt.Prompts;
import org.pairdoctor.core.session.ConfirmationRequiredException;
import org.pairdoctor.core.session.GuidedSession;
import org.pairdoctor.core.session.InvalidReplyException;
import org.pairdoctor.core.session.Outcome;
import org.pairdoctor.core.session.Reply;
import org.pairdoctor.core.session.SessionRecord;
import org.pairdoctor.core.session.StaleStepException;
import org.pairdoctor.core.session.Abandonment;
import org.pairdoctor.core.prompt.SupportSummary;
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
 * progress, and `diagnose --session ID` or the browser at /s/ID continues it where it was, until it
 * has been idle for {@link Abandonment#IDLE_LIMIT}. An escalation ends with the support summary.
 */
public final class GuidedTerminal {
    private final SessionService service;
    private final TerminalKnowledge knowledge;
    private final Prompter prompter;
    private final Screen screen;
    private final Clock clock;
    private final Prompts prompts;
    private final TerminalPrompt promptReader;

    public GuidedTerminal(SessionService service, TerminalKnowledge knowledge, Prompter prompter, Screen screen,
                          Clock clock) {
        this.service = service;
        this.knowledge = knowledge;
        this.prompter = prompter;
        this.screen = screen;
        this.clock = clock;
        this.prompts = new Prompts(knowledge, service.models());
        this.promptReader = new TerminalPrompt(prompter, screen);
    }

    /** On the prompter's terminal when it has one (its width, colour unless NO_COLOR), else plain at $COLUMNS or 80. */
    public GuidedTerminal(SessionService service, TerminalKnowledge knowledge, Prompter prompter, PrintWriter out,
                          Clock clock) {
        this(service, knowledge, prompter, Screen.of(out, prompter.terminal(), System.getenv()), clock);
    }

    /**
     * Asks the user to pick one of {@code entries} (by number or id).
     *
     * @return the chosen id; empty at end of input
     */
    public Optional<String> choose(String what, List<TerminalKnowledge.Entry> entries) {
        screen.title("Which " + what + "?");
        for (int i = 0; i < entries.size(); i++) {
            screen.item("  ", (i + 1) + ") ", entries.get(i).name(), Screen.Tone.KEY);
        }
        screen.flush();
        while (true) {
            Optional<String> line;
            try {
                line = prompter.ask(what + " [1-" + entries.size() + "]> ");
            } catch (Prompter.Interrupted e) {
                return Optional.empty(); // Ctrl-C at a menu: nothing was started, nothing to keep
            }
            if (line.isEmpty() || line.get().equalsIgnoreCase("q")) {
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
            screen.text("Please answer with a number from 1 to " + entries.size() + " (or q to stop).");
            screen.flush();
        }
    }

    /** Runs the session until it is fixed or escalated, or the person leaves (it stays in progress). */
    public Outcome run(GuidedSession start) {
        String id = start.record().id();
        banner(id);
        GuidedSession current = start;
        try {
            while (!current.ended()) {
                Recommendation rec = current.current().orElseThrow();
                Optional<Reply> reply = ask(current);
                if (reply.isEmpty()) {
                    paused(id);
                    break;
                }
                try {
                    current = service.reply(id, rec.step().id(), reply.get());
                } catch (InvalidReplyException | ConfirmationRequiredException e) {
                    screen.text(e.getMessage());
                } catch (StaleStepException e) {
                    // Answered meanwhile in the browser (or ended there): carry on from where it is now.
                    current = service.load(id);
                    screen.text("This step was answered elsewhere meanwhile (in the browser?); continuing from there.");
                }
            }
        } catch (Prompter.Interrupted e) {
            paused(id);
        }
        SessionRecord r = current.record();
        if (r.outcome() == Outcome.FIXED) {
            screen.blank();
            screen.title("Fixed after " + minutes(elapsed(current)) + ". Thanks: your steps help the next person.");
        } else if (r.outcome() == Outcome.ESCALATED) {
            screen.blank();
            screen.title("Ended with the escalation above after " + minutes(elapsed(current)) + ".");
            summary(summaryOf(r));
        } else if (r.outcome() == Outcome.ABANDONED) {
            screen.text("This session has ended: it was idle for more than " + Abandonment.IDLE_LIMIT_TEXT
                    + ", so it counts as abandoned. Start a new one with: pairdoctor diagnose");
        }
        screen.flush();
        return r.outcome();
    }

    /** What leaving does, said before the first step: pausing, continuing, and when it stops waiting. */
    private void banner(String id) {
        screen.title("Session " + id);
        screen.text("Pause any time with q or Ctrl-C: your answers are kept. Continue with --session " + id
                + " here or at /s/" + id + " in the browser, until the session has been idle for "
                + Abandonment.IDLE_LIMIT_TEXT + " (then it counts as abandoned).");
        screen.flush();
    }

    /** Leaving keeps the session as it is: nothing to store, every answer already is. */
    private void paused(String id) {
        screen.blank();
        screen.title("Paused. Your answers are kept; the session waits " + Abandonment.IDLE_LIMIT_TEXT + " for you.");
        screen.text("Continue in this terminal:");
        screen.command("    ", "pairdoctor diagnose --session " + id);
        screen.text("or in the browser at /s/" + id + " on a pairdoctor server using the same database.");
        screen.flush();
    }

    /** The summary for a support request, as text to copy. */
    public void summary(SupportSummary summary) {
        screen.blank();
        screen.title("Summary for a support request (copy it into your message):");
        for (String line : summary.text().split("\n")) {
            // "  1. Title -> reply": the number hangs, its text wraps under the text
            java.util.regex.Matcher step = STEP_LINE.matcher(line);
            if (step.matches()) {
                screen.item("    ", step.group(1), step.group(2), Screen.Tone.PLAIN);
            } else if (line.contains(": ")) {
                // "Started: ...": a label, its text hanging under it
                int colon = line.indexOf(": ") + 2;
                screen.item("  ", line.substring(0, colon), line.substring(colon), Screen.Tone.PLAIN);
            } else {
                screen.item("  ", "", line, Screen.Tone.PLAIN);
            }
        }
        screen.flush();
    }

    private static final java.util.regex.Pattern STEP_LINE = java.util.regex.Pattern.compile(" {2}(\\d+\\. )(.*)");

    /** The summary of a stored session, with the names a person reads. */
    public SupportSummary summaryOf(SessionRecord r) {
        return SupportSummary.of(r, knowledge, name(knowledge.devices(), r.deviceId()),
                name(knowledge.hosts(), r.hostId()), name(knowledge.problems(), r.problemId()));
    }

    private static String name(List<TerminalKnowledge.Entry> entries, String id) {
        return entries.stream().filter(e -> e.id().equals(id)).map(TerminalKnowledge.Entry::name).findFirst()
                .orElse(id);
    }

    private Optional<Reply> ask(GuidedSession session) {
        Prompt p = prompts.current(session).orElseThrow();
        String header = String.format(Locale.ROOT, "Step %d · %s so far · about %s left (estimate)", p.number(),
                minutes(elapsed(session)), minutes(Duration.ofSeconds(Math.round(p.why().expectedRemainingSeconds()))));
        return promptReader.ask(p, header, knowledge.buttonLabels(session.record().deviceId()));
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
