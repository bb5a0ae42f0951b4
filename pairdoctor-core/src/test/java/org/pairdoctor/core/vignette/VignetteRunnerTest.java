package org.pairdoctor.core.vignette;

import org.junit.jupiter.api.Test;
import org.pairdoctor.core.engine.Evidence;
import org.pairdoctor.core.engine.Explanation;
import org.pairdoctor.core.engine.Planner;
import org.pairdoctor.core.engine.Planners;
import org.pairdoctor.core.engine.Recommendation;
import org.pairdoctor.core.engine.Step;
import org.pairdoctor.core.model.Action;
import org.pairdoctor.core.model.Answer;
import org.pairdoctor.core.model.Cause;
import org.pairdoctor.core.model.Escalation;
import org.pairdoctor.core.model.Question;
import org.pairdoctor.core.model.TroubleshootingModel;
import org.pairdoctor.core.session.AuthoredModels;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The runner on a tiny model, with a scripted planner (exact paths) and with the real one. */
class VignetteRunnerTest {
    static final TroubleshootingModel MODEL = new TroubleshootingModel("tiny", Map.of("host", "h"),
            List.of(new Cause("flat", 0.5), new Cause("off", 0.3), new Cause("unknown", 0.2)),
            List.of(Action.of("charge", 600, Map.of("flat", 0.9)), Action.of("switch-on", 10, Map.of("off", 0.9)),
                    new Action("wipe", 60, Map.of("flat", 0.2, "off", 0.5), true)),
            List.of(new Question("light", 5, List.of(
                    new Answer("dark", Map.of("flat", 0.7, "off", 0.9, "unknown", 0.3)),
                    new Answer("red", Map.of("flat", 0.3, "off", 0.1, "unknown", 0.7))))),
            new Escalation("support", 900));
    static final AuthoredModels SOURCE = (problem, host, device) -> MODEL;

    /** Follows a fixed order of steps, skipping those already in the evidence; escalates at the end. */
    record ScriptedPlanner(List<String> order) implements Planner {
        @Override
        public String name() {
            return "scripted";
        }

        @Override
        public Recommendation recommend(TroubleshootingModel m, Evidence e) {
            for (String id : order) {
                if (!e.used(id)) {
                    Step step = m.action(id).<Step>map(Step.Repair::new)
                            .or(() -> m.question(id).map(Step.Ask::new))
                            .orElseGet(() -> new Step.Escalate(m.escalation()));
                    return new Recommendation(step, new Explanation(
                            List.of(new Explanation.CauseProbability("flat", 0.5)), "scripted", 0));
                }
            }
            return new Recommendation(new Step.Escalate(m.escalation()),
                    new Explanation(List.of(new Explanation.CauseProbability("flat", 0.5)), "scripted", 0));
        }
    }

    static VignetteCase aCase(String cause, Map<String, String> answers, Map<String, String> mistakes,
                              List<String> fixes, int maxSteps) {
        return new VignetteCase("tiny", "c", "dev", "h", cause, "A story.", answers, mistakes, fixes, maxSteps,
                !fixes.isEmpty(), "v.yaml:4:5");
    }

    static VignetteRunner scripted(String... order) {
        return new VignetteRunner(SOURCE, new ScriptedPlanner(List.of(order)));
    }

    @Test
    void anAcceptableFixPassesAndEveryOtherActionIsAnsweredDidNotHelp() {
        VignetteResult r = scripted("switch-on", "light", "charge")
                .run(aCase("flat", Map.of("light", "red"), Map.of(), List.of("charge"), 5));
        assertThat(r.verdict()).isEqualTo(VignetteResult.Verdict.PASS);
        assertThat(r.failure()).isEmpty();
        assertThat(r.path()).extracting(Move::stepId, Move::reply, Move::how).containsExactly(
                org.assertj.core.groups.Tuple.tuple("switch-on", "did-not-help", Move.How.NOT_A_FIX),
                org.assertj.core.groups.Tuple.tuple("light", "answer:red", Move.How.ANSWERED),
                org.assertj.core.groups.Tuple.tuple("charge", "worked", Move.How.FIX));
        assertThat(r.path()).extracting(Move::number).containsExactly(1, 2, 3);
    }

    @Test
    void aMistakeWinsOverTheAnswerAndAnUnansweredQuestionGetsTheLikeliestAnswer() {
        VignetteResult mistaken = scripted("light", "charge")
                .run(aCase("flat", Map.of(), Map.of("light", "dark"), List.of("charge"), 5));
        assertThat(mistaken.path().get(0)).extracting(Move::reply, Move::how)
                .containsExactly("answer:dark", Move.How.MISTAKE);
        // Under "unknown", red (0.7) is likelier than dark (0.3).
        VignetteResult assumed = scripted("light")
                .run(new VignetteCase("tiny", "c", "dev", "h", "unknown", "s", Map.of(), Map.of(), List.of(), 5,
                        false, "v.yaml:1:1"));
        assertThat(assumed.path().get(0)).extracting(Move::reply, Move::how)
                .containsExactly("answer:red", Move.How.ASSUMED);
        assertThat(VignetteRunner.likeliest(MODEL.question("light").orElseThrow(), "off")).isEqualTo("dark");
    }

    @Test
    void escalatingWhenAFixExistsFailsAtTheEscalationNamingTheFixNeverOffered() {
        VignetteResult r = scripted("switch-on", "support")
                .run(aCase("flat", Map.of(), Map.of(), List.of("charge"), 5));
        assertThat(r.verdict()).isEqualTo(VignetteResult.Verdict.FAIL);
        assertThat(r.path()).extracting(Move::stepId).containsExactly("switch-on", "support");
        assertThat(r.failure()).hasValueSatisfying(f -> {
            assertThat(f.step()).isEqualTo(2);
            assertThat(f.message()).startsWith("escalated to support although charge fixes it")
                    .contains("never offered").contains("flat 50%");
        });
        assertThat(String.join("\n", VignetteReport.describe(r))).contains("FAIL tiny/c (h, cause flat, 2 steps)")
                .contains("v.yaml:4:5: A story.").contains("> 2. support").contains("went wrong at step 2");
    }

    @Test
    void escalationPassesOnlyForACaseThatExpectsIt() {
        VignetteCase hardware = new VignetteCase("tiny", "broken", "dev", "h", "unknown", "s", Map.of(), Map.of(),
                List.of(), 4, false, "v.yaml:1:1");
        VignetteResult r = scripted("charge", "switch-on", "wipe").run(hardware);
        assertThat(r.verdict()).isEqualTo(VignetteResult.Verdict.PASS);
        assertThat(r.path()).extracting(Move::stepId).containsExactly("charge", "switch-on", "wipe", "support");
        assertThat(r.path().get(3).how()).isEqualTo(Move.How.ESCALATED);
        VignetteResult tooLate = scripted("charge", "switch-on", "wipe", "light").run(hardware);
        assertThat(tooLate.verdict()).isEqualTo(VignetteResult.Verdict.FAIL);
        assertThat(tooLate.failure().orElseThrow().message()).startsWith("no escalation within maxSteps 4");
    }

    @Test
    void runningOutOfStepsFailsAtTheFirstStepBeyondTheLimit() {
        VignetteResult r = scripted("switch-on", "wipe", "charge")
                .run(aCase("flat", Map.of(), Map.of(), List.of("charge"), 2));
        assertThat(r.verdict()).isEqualTo(VignetteResult.Verdict.FAIL);
        assertThat(r.path()).hasSize(2);
        assertThat(r.failure().orElseThrow().step()).isEqualTo(3);
        assertThat(r.failure().orElseThrow().message())
                .isEqualTo("no acceptable fix (charge) within maxSteps 2; step 3 would be charge (flat 50%)");
    }

    @Test
    void aDestructiveStepIsConfirmedAndDone() {
        VignetteResult r = scripted("wipe").run(aCase("off", Map.of(), Map.of(), List.of("wipe"), 3));
        assertThat(r.verdict()).isEqualTo(VignetteResult.Verdict.PASS);
        assertThat(r.path()).extracting(Move::stepId, Move::reply)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("wipe", "worked"));
    }

    @Test
    void theRealPlannerFixesAFlatBatteryOnTheTinyModel() {
        VignetteResult r = new VignetteRunner(SOURCE, Planners.standard())
                .run(aCase("off", Map.of("light", "dark"), Map.of(), List.of("switch-on"), 3));
        assertThat(r.verdict()).isEqualTo(VignetteResult.Verdict.PASS);
        assertThat(r.path().get(r.path().size() - 1).stepId()).isEqualTo("switch-on");
    }

    @Test
    void aKnownFailureIsReportedWithoutFailingTheSuiteAndAListedPassFailsIt() {
        VignetteCase failing = aCase("flat", Map.of(), Map.of(), List.of("charge"), 5);
        VignetteCase passing = new VignetteCase("tiny", "ok", "dev", "h", "off", "s", Map.of(), Map.of(),
                List.of("switch-on"), 5, true, "v.yaml:9:5");
        VignetteSuite suite = new VignetteSuite(List.of(new Vignette("tiny", "v.yaml", List.of(failing, passing))),
                Set.of("tiny/c"));
        VignetteReport report = scripted("switch-on", "support").run(suite, Optional.empty());
        assertThat(report.results()).extracting(VignetteResult::verdict)
                .containsExactly(VignetteResult.Verdict.KNOWN_FAILURE, VignetteResult.Verdict.PASS);
        assertThat(report.passed()).isTrue();
        assertThat(report.summary()).isEqualTo("2 cases: 1 passed, 0 failed, 1 known failures (KNOWN-FAILURES)");

        VignetteSuite stale = new VignetteSuite(suite.vignettes(), Set.of("tiny/ok"));
        VignetteReport fixed = scripted("switch-on", "support").run(stale, Optional.empty());
        assertThat(fixed.results()).extracting(VignetteResult::verdict)
                .containsExactly(VignetteResult.Verdict.FAIL, VignetteResult.Verdict.PASSES_BUT_LISTED);
        assertThat(fixed.passed()).isFalse();
        assertThat(scripted("switch-on").run(suite, Optional.of("other")).results()).isEmpty();
    }
}
