package org.pairdoctor.core.prompt;

import org.junit.jupiter.api.Test;
import org.pairdoctor.core.engine.Planners;
import org.pairdoctor.core.knowledge.StepText;
import org.pairdoctor.core.knowledge.StepTexts;
import org.pairdoctor.core.model.Action;
import org.pairdoctor.core.model.Answer;
import org.pairdoctor.core.model.Cause;
import org.pairdoctor.core.model.Escalation;
import org.pairdoctor.core.model.Question;
import org.pairdoctor.core.model.StepKind;
import org.pairdoctor.core.model.TroubleshootingModel;
import org.pairdoctor.core.session.GuidedSession;
import org.pairdoctor.core.session.Outcome;
import org.pairdoctor.core.session.Reply;
import org.pairdoctor.core.session.SessionRecord;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

class PromptsTest {
    static final TroubleshootingModel MODEL = new TroubleshootingModel("p", Map.of(),
            List.of(new Cause("off", 0.5), new Cause("stale", 0.3), new Cause("unknown", 0.2)),
            List.of(Action.of("pairing-mode", 120, Map.of("off", 0.9)),
                    new Action("factory-reset", 200, Map.of("stale", 0.9, "off", 0.5), true)),
            List.of(new Question("light", 2, List.of(
                    new Answer("blinks", Map.of("off", 0.02, "stale", 0.98, "unknown", 0.5)),
                    new Answer("dark", Map.of("off", 0.98, "stale", 0.02, "unknown", 0.5))))),
            new Escalation("support", 3600));
    static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");

    /** The words of the steps, as a knowledge base would render them. */
    static final StepTexts TEXTS = new StepTexts() {
        @Override
        public StepText stepText(String problemId, String stepId, String hostId, String deviceId) {
            return switch (stepId) {
                case "pairing-mode" -> new StepText(stepId, StepKind.ACTION, "Put it in pairing mode",
                        List.of(new StepText.Line("Hold POWER.", "Blue light flashes twice.", "Bluetooth pairing", 7,
                                List.of("POWER"), null)), List.of(), false, null, "estimate", null, List.of());
                case "factory-reset" -> new StepText(stepId, StepKind.ACTION, "Reset the headset",
                        List.of(StepText.Line.of("Hold POWER and NC together.")), List.of(), true,
                        "every pairing on the headset", "estimate", null, List.of());
                case "light" -> new StepText(stepId, StepKind.QUESTION, "What does the light do?", List.of(),
                        List.of(new StepText.AnswerText("blinks", "It blinks"), new StepText.AnswerText("dark", "Nothing")),
                        false, null, "estimate", null, List.of());
                default -> new StepText(stepId, StepKind.ESCALATION, "Contact support",
                        List.of(StepText.Line.of("It may be a hardware fault.")), List.of(), false, null, "estimate",
                        "support@example.com", List.of("Use the audio cable"));
            };
        }

        @Override
        public String causeTitle(String problemId, String causeId) {
            return "cause " + causeId;
        }

        @Override
        public String causeBasis(String problemId, String causeId) {
            return causeId.equals("off") ? "data" : "estimate";
        }
    };

    final Prompts prompts = new Prompts(TEXTS);

    static GuidedSession fresh() {
        return GuidedSession.resume(new SessionRecord("s1", "dev", "android", "p", "test", Map.of(), T0, List.of(),
                Outcome.IN_PROGRESS, null, null, 0), MODEL, Planners.standard());
    }

    /** Skips steps until the current one is {@code wanted}. */
    static GuidedSession skipUntil(Predicate<String> wanted) {
        GuidedSession s = fresh();
        while (!wanted.test(s.current().orElseThrow().step().id())) {
            s = s.reply(s.current().orElseThrow().step().id(), Reply.skipped(), T0, T0);
        }
        return s;
    }

    Prompt prompt(GuidedSession s) {
        return prompts.current(s).orElseThrow();
    }

    static List<String> codes(Prompt p) {
        return p.replies().stream().map(Prompt.Choice::code).toList();
    }

    @Test
    void anActionOffersItsOutcomesAndCarriesItsStructuredLines() {
        Prompt p = prompt(skipUntil("pairing-mode"::equals));

        assertThat(p.kind()).isEqualTo(StepKind.ACTION);
        assertThat(p.title()).isEqualTo("Put it in pairing mode");
        assertThat(p.lines()).singleElement().satisfies(l -> {
            assertThat(l.holdSeconds()).isEqualTo(7);
            assertThat(l.indicator()).isEqualTo("Blue light flashes twice.");
            assertThat(l.voicePrompt()).isEqualTo("Bluetooth pairing");
        });
        assertThat(codes(p)).containsExactly("worked", "did-not-help", "skipped");
        assertThat(p.replies()).extracting(Prompt.Choice::label)
                .containsExactly("That worked", "Didn't help", "Skip this step");
        assertThat(p.destructive()).isFalse();
        assertThat(p.confirmation()).isNull();
        assertThat(p.loses()).isNull();
        assertThat(p.showInstructions()).isTrue();
        assertThat(p.waitSeconds()).isNull();
    }

    @Test
    void aQuestionOffersItsAnswersThenImNotSureWhichSkips() {
        Prompt p = prompt(skipUntil("light"::equals));

        assertThat(p.kind()).isEqualTo(StepKind.QUESTION);
        assertThat(codes(p)).containsExactly("answer:blinks", "answer:dark", "skipped");
        assertThat(p.replies()).extracting(Prompt.Choice::label).containsExactly("It blinks", "Nothing", "I'm not sure");
        assertThat(p.choice("skipped")).map(Prompt.Choice::reply).contains(Reply.skipped());
        assertThat(p.choice("worked")).isEmpty();
    }

    @Test
    void theEscalationIsAcceptedWithItsContactAndAlternatives() {
        GuidedSession s = skipUntil("support"::equals);
        Prompt p = prompt(s);

        assertThat(p.kind()).isEqualTo(StepKind.ESCALATION);
        assertThat(codes(p)).containsExactly("accepted");
        assertThat(p.contact()).isEqualTo("support@example.com");
        assertThat(p.alternatives()).containsExactly("Use the audio cable");
        assertThat(p.number()).isEqualTo(s.record().turns().size() + 1);
    }

    @Test
    void aDestructiveStepAsksForItsConfirmationBeforeItsInstructions() {
        GuidedSession s = skipUntil("factory-reset"::equals);
        Prompt p = prompt(s);

        assertThat(p.destructive()).isTrue();
        assertThat(p.loses()).isEqualTo("every pairing on the headset");
        assertThat(p.confirmation()).isNotNull();
        assertThat(p.confirmation().erases()).isEqualTo("every pairing on the headset");
        assertThat(p.confirmation().pending()).isTrue();
        assertThat(p.confirmation().confirm().code()).isEqualTo("confirmed");
        assertThat(p.showInstructions()).isFalse();
        assertThat(codes(p)).containsExactly("confirmed", "skipped");

        GuidedSession confirmed = s.reply("factory-reset", Reply.confirmed(), T0, T0);
        Prompt after = prompt(confirmed);
        assertThat(after.confirmation().confirmed()).isTrue();
        assertThat(after.showInstructions()).isTrue();
        assertThat(codes(after)).containsExactly("worked", "did-not-help", "skipped");
        assertThat(after.number()).as("a confirmation is not a step").isEqualTo(p.number());
    }

    @Test
    void theExplanationLabelsEveryNumberWithItsBasis() {
        Prompt p = prompt(fresh());

        assertThat(p.why().causes()).isNotEmpty();
        assertThat(p.why().causes()).allSatisfy(c -> {
            assertThat(c.title()).isEqualTo("cause " + c.id());
            assertThat(c.basis()).isEqualTo(c.id().equals("off") ? "data" : "estimate");
        });
        assertThat(p.why().estimate()).as("some causes rest on estimates").isTrue();
        assertThat(p.why().expectedRemainingSeconds()).isPositive();
        assertThat(Prompt.Why.REMAINING_BASIS).isEqualTo("estimate");
    }

    @Test
    void anEndedSessionHasNoPrompt() {
        GuidedSession s = skipUntil("support"::equals);
        assertThat(prompts.current(s.reply("support", Reply.accepted(), T0, T0))).isEmpty();
    }
}
