package org.pairdoctor.core.learning;

import org.junit.jupiter.api.Test;
import org.pairdoctor.core.ManualClock;
import org.pairdoctor.core.engine.Planners;
import org.pairdoctor.core.knowledge.StepText;
import org.pairdoctor.core.knowledge.StepTexts;
import org.pairdoctor.core.model.StepKind;
import org.pairdoctor.core.prompt.Prompt;
import org.pairdoctor.core.prompt.Prompts;
import org.pairdoctor.core.session.GuidedSession;
import org.pairdoctor.core.session.InMemorySessionStore;
import org.pairdoctor.core.session.Outcome;
import org.pairdoctor.core.session.Reply;
import org.pairdoctor.core.session.SessionRecord;
import org.pairdoctor.core.session.SessionService;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every figure a step shows says whether it is the authors' estimate or learned, from how much data. */
class LearnedFiguresTest {
    static final StepTexts TEXTS = new StepTexts() {
        @Override
        public StepText stepText(String problemId, String stepId, String hostId, String deviceId) {
            StepKind kind = stepId.equals("indicator") ? StepKind.QUESTION
                    : stepId.equals("support") ? StepKind.ESCALATION : StepKind.ACTION;
            List<StepText.AnswerText> answers = kind == StepKind.QUESTION
                    ? List.of(new StepText.AnswerText("red", "Red"), new StepText.AnswerText("blue", "Blue")) : List.of();
            return new StepText(stepId, kind, "Do " + stepId, List.of(StepText.Line.of("Do it.")), answers, false, null,
                    "estimate", null, List.of());
        }

        @Override
        public String causeTitle(String problemId, String causeId) {
            return "cause " + causeId;
        }

        @Override
        public String causeBasis(String problemId, String causeId) {
            return "estimate";
        }
    };

    /** {@code count} sessions fixed by fix-b: cause b is common, and fix-b works. */
    static LearnedParameters learnedFrom(int count) {
        List<SessionRecord> sessions = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            sessions.add(LearnerTest.session("s" + i, "android", LearnerTest.NOW, Outcome.FIXED, "fix-b",
                    LearnerTest.did("fix-b", Reply.worked())));
        }
        return new Learner(LearningSettings.defaults()).learn(sessions, LearnerTest.KB_SOURCE, LearnerTest.CLOCK)
                .parameters();
    }

    static Prompt firstPrompt(InMemoryParameterStore params) {
        var source = new LearnedModelSource(LearnerTest.KB_SOURCE, params, new ManualClock(LearnerTest.NOW),
                Duration.ZERO);
        SessionService service = new SessionService(source, Planners.standard(), new InMemorySessionStore(),
                LearnerTest.CLOCK);
        GuidedSession s = service.start("wh-1000xm2", "android", "no-sound", "test", Map.of());
        return new Prompts(TEXTS, service.models()).current(s).orElseThrow();
    }

    @Test
    void theAuthorsNumbersAreSaidToBeEstimatesWithoutSessionsOrInterval() {
        Prompt p = firstPrompt(new InMemoryParameterStore());
        assertThat(p.why().basis()).isEqualTo("estimate");
        assertThat(p.why().numbers()).contains("the authors' estimates");
        assertThat(p.why().causes()).allSatisfy(c -> {
            assertThat(c.basis()).isEqualTo("estimate");
            assertThat(c.origin().sessions()).isZero();
            assertThat(c.origin().hasInterval()).isFalse();
            assertThat(c.origin().text()).isEqualTo("the authors' estimate");
        });
        assertThat(p.basis()).isEqualTo("estimate");
    }

    @Test
    void learnedNumbersSayFromHowManySessionsWithAnIntervalAroundTheFigureShown() {
        InMemoryParameterStore params = new InMemoryParameterStore();
        params.save(learnedFrom(300));
        Prompt p = firstPrompt(params);

        assertThat(p.why().basis()).isEqualTo("learned");
        assertThat(p.why().numbers()).contains("learned from past sessions (an effective 300 sessions");
        Prompt.LikelyCause top = p.why().causes().get(0);
        assertThat(top.id()).isEqualTo("b");
        assertThat(top.probability()).isGreaterThan(0.9);
        assertThat(top.origin().learned()).isTrue();
        assertThat(top.origin().roundedSessions()).isEqualTo(300);
        assertThat(top.origin().low()).isLessThan(top.probability()).isGreaterThan(0.85);
        assertThat(top.origin().high()).isGreaterThan(top.probability()).isLessThanOrEqualTo(1.0);
        assertThat(top.origin().text()).startsWith("learned from an effective 300 sessions, 95% interval 9");

        // The step shown is fix-b, whose fix rate was learned too: its chance now has its own interval.
        assertThat(p.stepId()).isEqualTo("fix-b");
        assertThat(p.basis()).isEqualTo("learned");
        assertThat(p.fixChance()).isGreaterThan(0.8);
        assertThat(p.origin().low()).isLessThan(p.fixChance());
        assertThat(p.origin().high()).isGreaterThan(p.fixChance());
    }

    @Test
    void fewerSessionsGiveAWiderInterval() {
        InMemoryParameterStore few = new InMemoryParameterStore();
        few.save(learnedFrom(20));
        InMemoryParameterStore many = new InMemoryParameterStore();
        many.save(learnedFrom(1000));
        Prompt.Origin f = firstPrompt(few).why().causes().get(0).origin();
        Prompt.Origin m = firstPrompt(many).why().causes().get(0).origin();
        assertThat(f.roundedSessions()).isEqualTo(20);
        assertThat(m.roundedSessions()).isEqualTo(1000);
        assertThat(f.high() - f.low()).isGreaterThan(3 * (m.high() - m.low()));
    }
}
