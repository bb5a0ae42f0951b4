package org.pairdoctor.cli.terminal;

import org.pairdoctor.core.knowledge.StepText;
import org.pairdoctor.core.prompt.Prompt;
import org.pairdoctor.core.session.Reply;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Shows the core's {@link Prompt} of a step in the terminal and reads the reply. It offers exactly
 * the prompt's replies; a destructive step waiting for its confirmation is shown as its warning
 * only, and the person must type "yes" (a number is not enough) or skip it. Every instruction is
 * wrapped under its bullet, and each shell command in it is repeated on a line of its own to copy.
 */
final class TerminalPrompt {
    /** Instructions: "  * " then the text, further lines under the text. */
    static final String BULLET = "  * ";
    /** A command under its instruction, indented past the bullet's text. */
    static final String COMMAND_INDENT = "      ";
    /** The prompt of a destructive step's confirmation: short, so it never wraps. */
    static final String CONFIRM_PROMPT = "yes, skip or q> ";

    private final Prompter prompter;
    private final Screen screen;

    TerminalPrompt(Prompter prompter, Screen screen) {
        this.prompter = prompter;
        this.screen = screen;
    }

    /**
     * Prints the prompt and reads a reply that it accepts.
     *
     * @param header the progress line (step number, time so far, time left)
     * @param labels the headset's button labels by button id, for the hold lines ("left touch sensor", not
     *               "touch-left"); a button without a label is shown by its id
     * @return the reply; empty when the person leaves (q or end of input)
     */
    Optional<Reply> ask(Prompt p, String header, Map<String, String> labels) {
        show(p, header, labels);
        if (p.confirmation() != null && p.confirmation().pending()) {
            return confirm(p);
        }
        return choose(p.replies());
    }

    /** What a step shows before the answer is read: its title, instructions, why, and the answers it takes. */
    void show(Prompt p, String header) {
        show(p, header, Map.of());
    }

    /** As {@link #show(Prompt, String)}, naming held buttons by the headset's {@code labels} (button id to label). */
    void show(Prompt p, String header, Map<String, String> labels) {
        screen.blank();
        screen.text(header);
        screen.title(p.title());
        if (p.confirmation() != null && p.confirmation().pending()) {
            screen.warning("  ", "This step erases " + erases(p) + ".");
            screen.flush();
            return;
        }
        for (StepText.Line line : p.lines()) {
            print(line, labels);
        }
        if (p.waitSeconds() != null) {
            screen.item(BULLET, "", "Then wait about " + Math.max(1, Math.round(p.waitSeconds() / 60.0))
                    + " min (an estimate) before you answer. To leave meanwhile, press q: the session is kept.",
                    Screen.Tone.PLAIN);
        }
        if (p.contact() != null) {
            screen.item("  ", "Contact: ", p.contact(), Screen.Tone.PLAIN);
        }
        for (String alt : p.alternatives()) {
            screen.item("  ", "Or: ", alt, Screen.Tone.PLAIN);
            commands(alt);
        }
        why(p.why());
        keys(p.replies());
        screen.flush();
    }

    private void print(StepText.Line l, Map<String, String> labels) {
        String marker = l.alternative() ? "  Or: " : BULLET;
        screen.item(marker, "", (l.versionNote() != null ? "(" + l.versionNote() + ") " : "") + l.text(),
                Screen.Tone.PLAIN);
        commands(l.text());
        String under = " ".repeat(marker.length());
        if (l.holdSeconds() != null || !l.buttons().isEmpty()) {
            screen.indented(under, "Hold " + (l.buttons().isEmpty() ? "the button" : buttons(l.buttons(), labels))
                    + (l.holdSeconds() != null ? " for " + l.holdSeconds() + " seconds" : ""));
        }
        if (l.indicator() != null) {
            screen.item(under, "Indicator: ", l.indicator(), Screen.Tone.PLAIN);
        }
        if (l.voicePrompt() != null) {
            screen.item(under, "You hear: ", "\"" + l.voicePrompt() + "\"", Screen.Tone.PLAIN);
        }
    }

    /** The held buttons as the headset labels them ("left touch sensor + right touch sensor"); an unlabelled id stays. */
    static String buttons(List<String> ids, Map<String, String> labels) {
        return String.join(" + ", ids.stream().map(id -> labels.getOrDefault(id, id)).toList());
    }

    /**
     * What a destructive step erases, to follow "This step erases": the knowledge base writes it as a
     * sentence ("Every pairing ..."), so its first letter is lowered unless the first word is an
     * abbreviation ("LDAC ...").
     */
    static String erases(Prompt p) {
        return midSentence(p.confirmation().erases());
    }

    static String midSentence(String what) {
        if (what == null || what.isEmpty()) {
            return what;
        }
        boolean abbreviation = what.length() > 1 && Character.isUpperCase(what.charAt(1));
        return abbreviation ? what : what.substring(0, 1).toLowerCase(Locale.ROOT) + what.substring(1);
    }

    private void commands(String text) {
        for (String command : ShellCommands.in(text)) {
            screen.command(COMMAND_INDENT, command);
        }
    }

    /** The explanation, each number labelled with what it rests on (the planner's figures are estimates). */
    private void why(Prompt.Why why) {
        screen.item("  ", "Why this step (estimates): ", why.reason(), Screen.Tone.PLAIN);
        if (why.causes().isEmpty()) {
            return;
        }
        List<String> causes = new ArrayList<>();
        for (Prompt.LikelyCause c : why.causes()) {
            causes.add(c.title() + " (" + Math.round(c.probability() * 100) + "%, "
                    + (c.origin().learned() ? c.origin().text() : basis(c.basis())) + ")");
        }
        screen.item("  ", "Most likely now: ", String.join("; ", causes) + ".", Screen.Tone.PLAIN);
        screen.indented("  ", why.numbers());
    }

    /** What a figure rests on, in words: the authors' estimate, or what outcome data says. */
    static String basis(String basis) {
        if (basis == null || basis.equals("estimate")) {
            return "estimate";
        }
        return basis.equals("data") ? "from outcome data" : basis;
    }

    private void keys(List<Prompt.Choice> choices) {
        for (int i = 0; i < choices.size(); i++) {
            screen.item("  ", (i + 1) + ") ", choices.get(i).label(), Screen.Tone.KEY);
        }
    }

    /** The person types yes to confirm, or skips the step. */
    private Optional<Reply> confirm(Prompt p) {
        Prompt.Choice skip = p.choice(Reply.skipped().code()).orElseThrow();
        screen.indented("  ", "Type yes to see how (it erases " + erases(p)
                + "), skip to leave this step out, or q to pause.");
        screen.flush();
        while (true) {
            Optional<String> line = prompter.ask(CONFIRM_PROMPT);
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
            screen.text("Please type yes (it erases " + erases(p) + "), skip, or q.");
            screen.flush();
        }
    }

    private Optional<Reply> choose(List<Prompt.Choice> choices) {
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
            screen.text("Please answer with a number from 1 to " + choices.size() + " (or q to leave).");
            screen.flush();
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
