package org.pairdoctor.cli.terminal;

import org.pairdoctor.core.knowledge.StepText;
import org.pairdoctor.core.prompt.Prompt;
import org.pairdoctor.core.session.Reply;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Shows the core's {@link Prompt} of a step in the terminal and reads the reply. It offers exactly
 * the prompt's replies; a destructive step waiting for its confirmation is shown as its warning
 * only, and the person must type "yes" (a number is not enough) or skip it.
 */
final class TerminalPrompt {
    private final Prompter prompter;
    private final PrintWriter out;

    TerminalPrompt(Prompter prompter, PrintWriter out) {
        this.prompter = prompter;
        this.out = out;
    }

    /**
     * Prints the prompt and reads a reply that it accepts.
     *
     * @param header the progress line (step number, time so far, time left)
     * @return the reply; empty when the person leaves (q or end of input)
     */
    Optional<Reply> ask(Prompt p, String header) {
        out.println();
        out.println(header);
        out.println(p.title());
        if (p.confirmation() != null && p.confirmation().pending()) {
            out.println("  ! This step erases " + p.confirmation().erases() + ".");
            out.flush();
            return confirm(p);
        }
        for (StepText.Line line : p.lines()) {
            print(line);
        }
        if (p.waitSeconds() != null) {
            out.println("  Then wait about " + Math.max(1, Math.round(p.waitSeconds() / 60.0))
                    + " min (an estimate) before you answer. To leave meanwhile, press q: the session is kept.");
        }
        if (p.contact() != null) {
            out.println("  Contact: " + p.contact());
        }
        for (String alt : p.alternatives()) {
            out.println("  Or: " + alt);
        }
        why(p.why());
        return choose(p.replies());
    }

    private void print(StepText.Line l) {
        out.println("  * " + (l.versionNote() != null ? "(" + l.versionNote() + ") " : "") + l.text());
        if (l.holdSeconds() != null || !l.buttons().isEmpty()) {
            out.println("      Hold " + (l.buttons().isEmpty() ? "the button" : String.join(" + ", l.buttons()))
                    + (l.holdSeconds() != null ? " for " + l.holdSeconds() + " seconds" : ""));
        }
        if (l.indicator() != null) {
            out.println("      Indicator: " + l.indicator());
        }
        if (l.voicePrompt() != null) {
            out.println("      You hear: \"" + l.voicePrompt() + "\"");
        }
    }

    private void why(Prompt.Why why) {
        if (why.causes().isEmpty()) {
            return;
        }
        List<String> causes = new ArrayList<>();
        for (Prompt.LikelyCause c : why.causes()) {
            causes.add(c.title() + " (" + Math.round(c.probability() * 100) + "%"
                    + (c.origin().learned() ? ", " + c.origin().text() : "") + ")");
        }
        out.println("  Why this step: " + why.reason() + " Most likely now: " + String.join("; ", causes) + ". "
                + why.numbers());
    }

    /** The person types yes to confirm, or skips the step. */
    private Optional<Reply> confirm(Prompt p) {
        Prompt.Choice skip = p.choice(Reply.skipped().code()).orElseThrow();
        while (true) {
            Optional<String> line = prompter.ask("This erases " + p.confirmation().erases()
                    + ". Type yes to continue, skip to leave this step out, or q to leave> ");
            if (line.isEmpty() || line.get().equalsIgnoreCase("q") || line.get().equalsIgnoreCase("quit")) {
                return Optional.empty();
            }
            String s = line.get().toLowerCase(Locale.ROOT);
            if (s.equals("yes")) {
                return Optional.of(p.confirmation().confirm().reply());
            }
            if (s.equals("skip") || s.equals(skip.code())) {
                return Optional.of(skip.reply());
            }
            out.println("Please type yes (it erases " + p.confirmation().erases() + "), skip, or q.");
        }
    }

    private Optional<Reply> choose(List<Prompt.Choice> choices) {
        for (int i = 0; i < choices.size(); i++) {
            out.printf("  %d) %s%n", i + 1, choices.get(i).label());
        }
        out.flush();
        while (true) {
            Optional<String> line = prompter.ask("answer [1-" + choices.size() + ", q to leave]> ");
            if (line.isEmpty() || line.get().equalsIgnoreCase("q") || line.get().equalsIgnoreCase("quit")) {
                return Optional.empty();
            }
            String s = line.get();
            Integer n = number(s);
            if (n != null && n >= 1 && n <= choices.size()) {
                return Optional.of(choices.get(n - 1).reply());
            }
            for (Prompt.Choice c : choices) {
                if (c.code().equals(s) || (c.reply() instanceof Reply.Answered a && a.answerId().equals(s))) {
                    return Optional.of(c.reply());
                }
            }
            out.println("Please answer with a number from 1 to " + choices.size() + " (or q to leave).");
        }
    }

    static Integer number(String s) {
        try {
            return Integer.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
