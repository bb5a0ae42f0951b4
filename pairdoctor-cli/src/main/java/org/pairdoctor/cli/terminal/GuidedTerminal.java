package org.pairdoctor.cli.terminal;

import org.pairdoctor.core.engine.Explanation;
import org.pairdoctor.core.engine.Recommendation;
import org.pairdoctor.core.engine.Step;
import org.pairdoctor.core.session.GuidedSession;
import org.pairdoctor.core.session.InvalidReplyException;
import org.pairdoctor.core.session.Outcome;
import org.pairdoctor.core.session.Reply;
import org.pairdoctor.core.session.SessionService;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A guided session in the terminal: shows each step (instructions, why, time so far and expected
 * time left), reads the answer as a number or a reply code, and stores every turn through the
 * same {@link SessionService} as the web. End of input and Ctrl-C (also outside JLine, through a
 * shutdown hook) leave cleanly and record the session as abandoned.
 */
public final class GuidedTerminal {
    private final SessionService service;
    private final TerminalKnowledge knowledge;
    private final Prompter prompter;
    private final PrintWriter out;
    private final Clock clock;

    public GuidedTerminal(SessionService service, TerminalKnowledge knowledge, Prompter prompter, PrintWriter out,
                          Clock clock) {
        this.service = service;
        this.knowledge = knowledge;
        this.prompter = prompter;
        this.out = out;
        this.clock = clock;
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
            Integer n = number(s);
            if (n != null && n >= 1 && n <= entries.size()) {
                return Optional.of(entries.get(n - 1).id());
            }
            out.println("Please answer with a number from 1 to " + entries.size() + ".");
        }
    }

    /** Runs the session until it is fixed, escalated or abandoned; returns how it ended. */
    public Outcome run(GuidedSession start) {
        String id = start.record().id();
        GuidedSession[] current = {start};
        Thread hook = new Thread(() -> {
            if (!current[0].ended()) {
                service.abandon(id);
            }
        }, "pairdoctor-abandon-on-exit");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            int number = start.record().turns().size();
            while (!current[0].ended()) {
                Recommendation rec = current[0].current().orElseThrow();
                number++;
                Optional<Reply> reply = ask(current[0], rec, number);
                if (reply.isEmpty()) {
                    current[0] = service.abandon(id);
                    out.println();
                    out.println("Left the session; it is saved as abandoned (session " + id + ").");
                    break;
                }
                try {
                    current[0] = service.reply(id, rec.step().id(), reply.get());
                } catch (InvalidReplyException e) {
                    out.println(e.getMessage());
                    number--;
                }
            }
        } catch (Prompter.Interrupted e) {
            current[0] = service.abandon(id);
            out.println();
            out.println("Interrupted; the session is saved as abandoned (session " + id + ").");
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the JVM is already exiting: the hook runs and abandons an unfinished session
            }
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

    private Optional<Reply> ask(GuidedSession session, Recommendation rec, int number) {
        var r = session.record();
        Step step = rec.step();
        TerminalKnowledge.StepView view = knowledge.step(r.problemId(), step.id(), r.hostId(), r.deviceId());
        Explanation why = rec.explanation();
        out.println();
        out.printf("-- Step %d · %s so far · about %s left (estimate) --%n", number, minutes(elapsed(session)),
                minutes(Duration.ofSeconds(Math.round(why.expectedRemainingSeconds()))));
        out.println(view.title());
        for (String line : view.lines()) {
            out.println("  * " + line);
        }
        if (view.destructive() || why.needsConfirmation()) {
            out.println("  ! This erases " + (view.loses() == null ? "something you may want to keep" : view.loses())
                    + ". Do it only if you accept that; otherwise skip it.");
        }
        if (view.contact() != null) {
            out.println("  Contact: " + view.contact());
        }
        for (String alt : view.alternatives()) {
            out.println("  Or: " + alt);
        }
        if (!why.topCauses().isEmpty()) {
            List<String> causes = new ArrayList<>();
            for (Explanation.CauseProbability c : why.topCauses()) {
                causes.add(knowledge.causeTitle(r.problemId(), c.causeId()) + " ("
                        + Math.round(c.probability() * 100) + "%)");
            }
            out.println("  Why this step (its figures are estimates): " + why.reason() + " Most likely now (estimated): "
                    + String.join("; ", causes) + ".");
        }
        List<Choice> choices = choices(step, view);
        for (int i = 0; i < choices.size(); i++) {
            out.printf("  %d) %s%n", i + 1, choices.get(i).label());
        }
        out.flush();
        while (true) {
            Optional<String> line = prompter.ask("answer [1-" + choices.size() + ", q to leave]> ");
            if (line.isEmpty()) {
                return Optional.empty();
            }
            String s = line.get();
            if (s.equalsIgnoreCase("q") || s.equalsIgnoreCase("quit")) {
                return Optional.empty();
            }
            Integer n = number(s);
            if (n != null && n >= 1 && n <= choices.size()) {
                return Optional.of(choices.get(n - 1).reply());
            }
            for (Choice c : choices) {
                if (c.reply().code().equals(s) || (c.reply() instanceof Reply.Answered a && a.answerId().equals(s))) {
                    return Optional.of(c.reply());
                }
            }
            out.println("Please answer with a number from 1 to " + choices.size() + " (or q to leave).");
        }
    }

    private record Choice(String label, Reply reply) {
    }

    private static List<Choice> choices(Step step, TerminalKnowledge.StepView view) {
        List<Choice> out = new ArrayList<>();
        if (step instanceof Step.Repair) {
            out.add(new Choice("Done: that fixed it", Reply.worked()));
            out.add(new Choice("Done: it did not help", Reply.didNotHelp()));
            out.add(new Choice("Skip this step", Reply.skipped()));
        } else if (step instanceof Step.Ask ask) {
            for (var a : ask.question().answers()) {
                String text = view.answers().stream().filter(e -> e.id().equals(a.id())).map(TerminalKnowledge.Entry::name)
                        .findFirst().orElse(a.id());
                out.add(new Choice(text, Reply.answered(a.id())));
            }
            out.add(new Choice("I can't tell (skip)", Reply.skipped()));
        } else {
            out.add(new Choice("OK, I will do that", Reply.accepted()));
        }
        return out;
    }

    private Duration elapsed(GuidedSession s) {
        var end = s.record().endedAt() != null ? s.record().endedAt() : clock.instant();
        return Duration.between(s.record().startedAt(), end);
    }

    static String minutes(Duration d) {
        long s = Math.max(0, d.toSeconds());
        return s < 60 ? s + " s" : String.format(Locale.ROOT, "%d:%02d min", s / 60, s % 60);
    }

    private static Integer number(String s) {
        try {
            return Integer.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
