package org.pairdoctor.cli.terminal;

import org.junit.jupiter.api.Test;
import org.pairdoctor.core.engine.Planners;
import org.pairdoctor.core.knowledge.KnowledgeBase;
import org.pairdoctor.core.knowledge.ShippedKnowledge;
import org.pairdoctor.core.session.GuidedSession;
import org.pairdoctor.core.session.InMemorySessionStore;
import org.pairdoctor.core.session.Outcome;
import org.pairdoctor.core.session.SessionRecord;
import org.pairdoctor.core.session.SessionService;
import org.pairdoctor.core.session.Turn;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The terminal renders the core's prompt: a destructive step is shown as its warning and needs a typed "yes". */
class GuidedTerminalTest {
    static final KnowledgeBase KB = KnowledgeBase.load(ShippedKnowledge.directory());

    /**
     * Answers like a person for whom nothing helps: an action "did not help" (choice 2), a question
     * its first answer, the escalation accepted (its only choice). At a confirmation it first types
     * "1", then "yes".
     */
    static final class NothingHelps implements Prompter {
        final StringWriter screen;
        final List<String> confirmationPrompts = new ArrayList<>();

        NothingHelps(StringWriter screen) {
            this.screen = screen;
        }

        @Override
        public Optional<String> ask(String prompt) {
            if (prompt.equals(TerminalPrompt.CONFIRM_PROMPT)) {
                confirmationPrompts.add(prompt);
                return Optional.of(confirmationPrompts.size() == 1 ? "1" : "yes");
            }
            String shown = screen.toString();
            String step = shown.substring(shown.lastIndexOf("Step "));
            return Optional.of(step.contains("1) That worked") ? "2" : "1");
        }

        @Override
        public boolean interactive() {
            return false;
        }

        @Override
        public void close() {
        }
    }

    @Test
    void aDestructiveStepIsConfirmedByTypingYesBeforeItsInstructionsAndOutcome() {
        StringWriter screen = new StringWriter();
        PrintWriter out = new PrintWriter(screen, true);
        InMemorySessionStore store = new InMemorySessionStore();
        TerminalKnowledge knowledge = new KnowledgeBaseTerminal(KB);
        SessionService service = new SessionService(knowledge, Planners.standard(), store, Clock.systemUTC());
        GuidedSession start = service.start("sony-wh-1000xm2", "android", "pairing-fails", "terminal",
                Map.of());
        NothingHelps person = new NothingHelps(screen);

        Outcome outcome = new GuidedTerminal(service, knowledge, person, out, Clock.systemUTC()).run(start);

        assertThat(outcome).isEqualTo(Outcome.ESCALATED);
        String loses = KB.stepText("pairing-fails", "factory-reset", "android", "sony-wh-1000xm2").loses();
        // The knowledge base writes it as a sentence ("Every pairing ..."); mid-sentence it starts in lower case.
        String erases = TerminalPrompt.midSentence(loses);
        assertThat(erases).startsWith(loses.substring(0, 1).toLowerCase(java.util.Locale.ROOT)).isNotEqualTo(loses);
        assertThat(person.confirmationPrompts).as("asked once, refused a number, then took yes:%n%s", screen).hasSize(2)
                .allSatisfy(p -> assertThat(p).isEqualTo(TerminalPrompt.CONFIRM_PROMPT));
        String transcript = screen.toString();
        String flat = transcript.replaceAll("\\s+", " ");
        assertThat(flat).contains("! This step erases " + erases).contains("Type yes to see how (it erases " + erases)
                .contains("Please type yes");
        // On this path the planner offers the factory reset after two actions and three questions.
        // The warning comes before the reset's instructions and its outcome choices.
        int warning = transcript.indexOf("! This step erases");
        int instructionsAfter = transcript.indexOf("\nStep ", warning);
        assertThat(transcript.substring(warning, instructionsAfter)).doesNotContain("That worked");

        SessionRecord r = store.find(start.record().id()).orElseThrow();
        List<String> replies = r.turns().stream().map(t -> t.stepId() + "=" + t.reply().code()).toList();
        assertThat(replies).containsSubsequence("factory-reset=confirmed", "factory-reset=did-not-help");
        assertThat(r.turns()).filteredOn(t -> t.reply().code().equals("confirmed")).extracting(Turn::stepId)
                .containsExactly("factory-reset");
    }

    @Test
    void aHoldLineNamesTheHeadsetsButtonsByTheirLabelsNotTheirIds() {
        StringWriter screen = new StringWriter();
        InMemorySessionStore store = new InMemorySessionStore();
        TerminalKnowledge knowledge = new KnowledgeBaseTerminal(KB);
        SessionService service = new SessionService(knowledge, Planners.standard(), store, Clock.systemUTC());
        GuidedSession start = service.start("sony-wf-1000xm4", "android", "pairing-fails", "terminal", Map.of());

        new GuidedTerminal(service, knowledge, new NothingHelps(screen), new PrintWriter(screen, true),
                Clock.systemUTC()).run(start);

        String flat = screen.toString().replaceAll("\\s+", " ");
        assertThat(flat).as("the hold of the earbuds' pairing mode:%n%s", screen)
                .contains("Hold left touch sensor + right touch sensor for 5 seconds")
                .doesNotContain("touch-left").doesNotContain("touch-right");
    }

    @Test
    void whatAStepErasesReadsMidSentenceButKeepsAnAbbreviation() {
        assertThat(TerminalPrompt.midSentence("Every pairing stored in the headset")).isEqualTo("every pairing stored in the headset");
        assertThat(TerminalPrompt.midSentence("LDAC settings")).isEqualTo("LDAC settings");
        assertThat(TerminalPrompt.buttons(List.of("touch-left", "mystery"), Map.of("touch-left", "left touch sensor")))
                .isEqualTo("left touch sensor + mystery");
    }
}
