package org.pairdoctor.cli.terminal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pairdoctor.core.knowledge.Device;
import org.pairdoctor.core.knowledge.Host;
import org.pairdoctor.core.knowledge.KnowledgeBase;
import org.pairdoctor.core.knowledge.Problem;
import org.pairdoctor.core.knowledge.ShippedKnowledge;
import org.pairdoctor.core.knowledge.StepText;
import org.pairdoctor.core.model.Action;
import org.pairdoctor.core.model.StepKind;
import org.pairdoctor.core.model.TroubleshootingModel;
import org.pairdoctor.core.prompt.Prompt;
import org.pairdoctor.core.prompt.Prompts;
import org.pairdoctor.core.session.Reply;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every step the knowledge base ships (each problem × host × device: actions, questions and the
 * escalation, and a destructive step's warning), shown by the terminal at 60 and 100 columns: no
 * line is wider than the window, and every piece of text (title, instructions, alternatives,
 * answers, causes, contact) comes out with its words whole and in order, so no word was broken.
 * A word longer than a line can hold is cut on purpose (see {@link Wrap}): the shipped text has one,
 * a Windows registry path, and the test names it rather than passing over it.
 */
class ShippedStepsWrapTest {
    static final KnowledgeBase KB = KnowledgeBase.load(ShippedKnowledge.directory());
    /** The deepest indent a wrapped text gets (a command under an instruction). */
    static final int DEEPEST_INDENT = TerminalPrompt.COMMAND_INDENT.length() + 2;

    @ParameterizedTest
    @ValueSource(ints = {60, 100})
    void everyShippedStepKeepsItsWordsWholeAndFitsTheWindow(int width) {
        int steps = 0;
        for (Problem problem : KB.problems()) {
            for (Host host : KB.hosts()) {
                for (Device device : KB.devices()) {
                    if (!problem.appliesTo(device)) {
                        continue;
                    }
                    TroubleshootingModel model = KB.model(problem.id(), host.id(), device.id());
                    for (String stepId : stepIds(model)) {
                        StepText text = KB.stepText(problem.id(), stepId, host.id(), device.id());
                        String where = problem.id() + "/" + stepId + " on " + host.id() + " with " + device.id();
                        Prompt prompt = prompt(model, problem, text, stepId, false);
                        check(where, render(prompt, width), width, sources(prompt, false));
                        if (text.destructive()) {
                            Prompt warning = prompt(model, problem, text, stepId, true);
                            check(where + " (warning)", render(warning, width), width, sources(warning, true));
                        }
                        steps++;
                    }
                }
            }
        }
        assertThat(steps).as("steps shown").isGreaterThan(1000);
        // The one word of the shipped text too long for a line at 60 columns: a registry path, cut after a
        // backslash. Any other would show up here, to be looked at.
        assertThat(CUT).allSatisfy(w -> assertThat(w).startsWith("HKEY_LOCAL_MACHINE\\"));
    }

    static List<String> stepIds(TroubleshootingModel m) {
        List<String> ids = new ArrayList<>();
        m.actions().forEach(a -> ids.add(a.id()));
        m.questions().forEach(q -> ids.add(q.id()));
        ids.add(m.escalation().id());
        return ids;
    }

    /** The prompt the core would build for this step, with every cause of the problem as a likely one. */
    static Prompt prompt(TroubleshootingModel model, Problem problem, StepText text, String stepId, boolean pending) {
        List<Prompt.Choice> replies = switch (text.kind()) {
            case ACTION -> List.of(new Prompt.Choice(Reply.worked(), "That worked"),
                    new Prompt.Choice(Reply.didNotHelp(), "Didn't help"), new Prompt.Choice(Reply.skipped(), "Skip this step"));
            case QUESTION -> {
                List<Prompt.Choice> c = new ArrayList<>();
                text.answers().forEach(a -> c.add(new Prompt.Choice(Reply.answered(a.id()), a.text())));
                c.add(new Prompt.Choice(Reply.skipped(), "I'm not sure"));
                yield c;
            }
            case ESCALATION -> List.of(new Prompt.Choice(Reply.accepted(), "OK, show me the summary"));
        };
        String loses = text.destructive() ? (text.loses() == null ? "something you may want to keep" : text.loses()) : null;
        Prompt.Confirmation confirmation = loses == null ? null
                : new Prompt.Confirmation(loses, new Prompt.Choice(Reply.confirmed(), "I understand, show me how"), !pending);
        List<Prompt.LikelyCause> causes = model.causes().stream()
                .map(c -> new Prompt.LikelyCause(c.id(), KB.causeTitle(problem.id(), c.id()), c.prior(), Prompt.Origin.authored("estimate")))
                .toList();
        Integer wait = model.action(stepId).map(Action::waitSeconds).filter(w -> w > 0)
                .map(w -> (int) Math.round(w)).orElse(null);
        Prompt.Why why = new Prompt.Why("The most likely fix for the time it takes: about 40% chance it fixes it "
                + "(our estimate), takes about 2 min.", 300, causes, Prompts.numbers(causes));
        return new Prompt(stepId, text.kind(), 3, text.title(), text.lines(), text.alternatives(),
                pending ? List.of(new Prompt.Choice(Reply.skipped(), "Skip this step")) : replies, loses != null, loses,
                confirmation, why, wait, Prompt.Origin.authored(text.basis()), null, text.escalationContact(), null, null);
    }

    static String render(Prompt p, int width) {
        StringWriter screen = new StringWriter();
        Prompter none = new Prompter() {
            @Override
            public Optional<String> ask(String prompt) {
                return Optional.empty();
            }

            @Override
            public boolean interactive() {
                return false;
            }

            @Override
            public void close() {
            }
        };
        new TerminalPrompt(none, new Screen(new PrintWriter(screen, true), width, false))
                .show(p, "Step 3 · 1:05 min so far · about 5:00 min left (estimate)");
        return screen.toString();
    }

    /** Every piece of text the step shows, as the knowledge base has it. */
    static List<String> sources(Prompt p, boolean pending) {
        List<String> s = new ArrayList<>(List.of(p.title()));
        if (pending) {
            s.add("This step erases " + TerminalPrompt.midSentence(p.loses()) + ".");
            return s;
        }
        for (StepText.Line l : p.lines()) {
            s.add(l.text());
            if (l.indicator() != null) {
                s.add(l.indicator());
            }
            if (l.voicePrompt() != null) {
                s.add("\"" + l.voicePrompt() + "\"");
            }
        }
        s.addAll(p.alternatives());
        if (p.contact() != null) {
            s.add(p.contact());
        }
        p.replies().forEach(c -> s.add(c.label()));
        p.why().causes().forEach(c -> s.add(c.title()));
        s.add(p.why().reason());
        return s;
    }

    /** Words too long for a line, seen over all the steps (the only words cut, on purpose). */
    static final java.util.Set<String> CUT = new java.util.TreeSet<>();

    static void check(String where, String screen, int width, List<String> sources) {
        List<String> lines = Arrays.asList(screen.split("\n"));
        for (String line : lines) {
            assertThat(line.codePointCount(0, line.length())).as("%s: wider than %d:%n%s", where, width, line)
                    .isLessThanOrEqualTo(width);
        }
        List<String> shown = words(screen);
        for (String source : sources) {
            List<String> words = words(source);
            List<String> tooLong = words.stream().filter(w -> w.length() > width - DEEPEST_INDENT).toList();
            if (tooLong.isEmpty()) {
                assertThat(Collections.indexOfSubList(shown, words)).as("%s at %d columns: '%s' is not shown with its "
                        + "words whole and in order:%n%s", where, width, source, screen).isNotNegative();
            } else {
                // Cut on purpose: its pieces follow each other, and every other word is whole.
                CUT.addAll(tooLong);
                assertThat(String.join("", shown)).as("%s: '%s'", where, source).contains(String.join("", words));
                for (String w : words) {
                    if (!tooLong.contains(w)) {
                        assertThat(shown).as("%s: '%s' of '%s'", where, w, source).contains(w);
                    }
                }
            }
        }
    }

    static List<String> words(String s) {
        return Arrays.stream(s.trim().split("\\s+")).filter(w -> !w.isEmpty()).toList();
    }
}
