package org.pairdoctor.core.prompt;

import org.junit.jupiter.api.Test;
import org.pairdoctor.core.knowledge.DeviceHelp;
import org.pairdoctor.core.session.GuidedSession;
import org.pairdoctor.core.session.Reply;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.pairdoctor.core.prompt.PromptsTest.T0;

/** Where the person is (step n of about m, what it rules out) and where escalation sends them. */
class ProgressAndHelpTest {
    final Prompts prompts = new Prompts(PromptsTest.TEXTS);

    @Test
    void theFirstStepSaysItsNumberTheExpectedTotalAndTheCauseItAimsAt() {
        GuidedSession s = PromptsTest.fresh();
        Prompt p = prompts.current(s).orElseThrow();
        double ahead = s.expectedStepsAhead();
        assertThat(ahead).isGreaterThanOrEqualTo(1).isLessThan(5);
        assertThat(p.progress().number()).isEqualTo(1);
        assertThat(p.progress().aboutTotal()).isEqualTo((int) Math.max(1, Math.round(ahead)));
        assertThat(p.progress().text()).matches("Step 1( of about \\d+)?");
        assertThat(p.progress().rulesOut()).startsWith("cause ");
        assertThat(p.help()).isNull();
    }

    @Test
    void aRepairAimsAtTheCauseItMostLikelyFixesAndTheEscalationAtNone() {
        GuidedSession s = PromptsTest.skipUntil("pairing-mode"::equals);
        assertThat(prompts.current(s).orElseThrow().progress().rulesOut()).isEqualTo("cause off");
        GuidedSession esc = PromptsTest.skipUntil("support"::equals);
        Prompt p = prompts.current(esc).orElseThrow();
        assertThat(p.progress().rulesOut()).isNull();
        assertThat(p.progress().aboutTotal()).isEqualTo(p.progress().number());
        assertThat(p.progress().text()).isEqualTo("Step " + p.number());
        assertThat(esc.expectedStepsAhead()).isEqualTo(1.0);
    }

    @Test
    void theStepNumberGrowsWithEachAnswerAndTheTotalIsNeverBelowIt() {
        GuidedSession s = PromptsTest.fresh();
        for (int n = 1; n <= 3 && !s.ended(); n++) {
            Prompt p = prompts.current(s).orElseThrow();
            assertThat(p.progress().number()).isEqualTo(n);
            assertThat(p.progress().aboutTotal()).isGreaterThanOrEqualTo(n);
            Reply r = p.replies().stream().map(Prompt.Choice::reply)
                    .filter(x -> !(x instanceof Reply.Confirmed)).findFirst().orElseThrow();
            if (p.confirmation() != null && p.confirmation().pending()) {
                r = Reply.skipped();
            } else if (r instanceof Reply.Worked) {
                r = Reply.didNotHelp();
            }
            s = s.reply(p.stepId(), r, T0, T0);
        }
    }

    @Test
    void eachStateOnTheLookAheadPathHasTheFigureItsOwnLookAheadGives() {
        GuidedSession s = PromptsTest.fresh();
        List<GuidedSession.StepsAhead> path = s.stepsAheadOnPath();
        assertThat(path).hasSizeGreaterThan(1);
        assertThat(path.get(0).steps()).isEqualTo(s.expectedStepsAhead());
        // Follow the path as the look-ahead assumes (repairs fail, questions get its answer), and work each
        // state's figure out afresh: a server that keeps the path's figures shows the same "of about m".
        for (int i = 0; i < path.size(); i++) {
            assertThat(s.evidence()).isEqualTo(path.get(i).evidence());
            assertThat(s.expectedStepsAhead()).as("state %d", i).isCloseTo(path.get(i).steps(), within(1e-9));
            if (i + 1 == path.size()) {
                break;
            }
            String step = s.current().orElseThrow().step().id();
            String answer = path.get(i + 1).evidence().answers().get(step);
            if (s.destructive()) {
                s = s.reply(step, Reply.confirmed(), T0, T0);
            }
            s = s.reply(step, answer != null ? Reply.answered(answer) : Reply.didNotHelp(), T0, T0);
        }
    }

    @Test
    void aContactAddressBecomesALinkNamedByTheWordsBeforeIt() {
        Help h = HelpRoutes.of("Sony support: https://www.sony.com/electronics/support",
                new DeviceHelp("Sony", "Sony WH-1000XM4", "https://www.sony.com/electronics/support", "+1 (800) 222-7669",
                        "https://helpguide.sony.net/mdr/wh1000xm4/v1/en/index.html", "Help Guide"));
        assertThat(h.contact()).extracting(Help.Span::text, Help.Span::href).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Sony support: ", null),
                org.assertj.core.groups.Tuple.tuple("https://www.sony.com/electronics/support",
                        "https://www.sony.com/electronics/support"));
        assertThat(h.links()).extracting(Help.Link::kind, Help.Link::label, Help.Link::href).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Help.Kind.SUPPORT_PAGE, "Sony support",
                        "https://www.sony.com/electronics/support"),
                org.assertj.core.groups.Tuple.tuple(Help.Kind.PHONE, "Call Sony support: +1 (800) 222-7669",
                        "tel:+18002227669"),
                org.assertj.core.groups.Tuple.tuple(Help.Kind.HELP_GUIDE, "The Sony WH-1000XM4 Help Guide",
                        "https://helpguide.sony.net/mdr/wh1000xm4/v1/en/index.html"));
        assertThat(h.repair()).contains("repair or a warranty claim").contains("Sony's support page");
        assertThat(h.contactSaysMore()).as("the sentence only names its link").isFalse();
    }

    @Test
    void aContactWithoutAnAddressStaysWordsAndNoRouteIsInvented() {
        Help h = HelpRoutes.of("Your Linux distribution's forum or bug tracker", DeviceHelp.NONE);
        assertThat(h.contact()).extracting(Help.Span::link).containsExactly(false);
        assertThat(h.links()).isEmpty();
        assertThat(h.repair()).isNull();
        Help two = HelpRoutes.of("PlayStation or Xbox support for console settings; Sony support for the headset: "
                + "https://www.sony.com/electronics/support.", DeviceHelp.NONE);
        assertThat(two.links()).extracting(Help.Link::label, Help.Link::href).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Sony support for the headset",
                        "https://www.sony.com/electronics/support"));
        assertThat(two.contact()).last().extracting(Help.Span::text).isEqualTo(".");
        assertThat(two.contactSaysMore()).isTrue();
    }

    @Test
    void theEscalationPromptCarriesItsHelp() {
        Prompt p = prompts.current(PromptsTest.skipUntil("support"::equals)).orElseThrow();
        assertThat(p.help()).isNotNull();
        assertThat(p.help().contact()).extracting(Help.Span::text).containsExactly("support@example.com");
    }
}
