package org.pairdoctor.core.simulation;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pairdoctor.core.engine.Planners;
import org.pairdoctor.core.engine.Policies;
import org.pairdoctor.core.knowledge.Host;
import org.pairdoctor.core.knowledge.KnowledgeBase;
import org.pairdoctor.core.knowledge.Problem;
import org.pairdoctor.core.model.Action;
import org.pairdoctor.core.model.Answer;
import org.pairdoctor.core.model.Cause;
import org.pairdoctor.core.model.Escalation;
import org.pairdoctor.core.model.Question;
import org.pairdoctor.core.model.TroubleshootingModel;
import org.pairdoctor.core.session.Outcome;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10's scripted people on the shipped knowledge base: everyone whose cause an action can fix
 * is helped, nobody is sent to support or repair needlessly.
 */
class ScriptedWalkTest {
    private static ModelCatalog catalog;
    private static List<String> devices;

    @BeforeAll
    static void load() {
        KnowledgeBase kb = KnowledgeBase.load(org.pairdoctor.core.knowledge.ShippedKnowledge.directory());
        devices = kb.devices().stream().map(org.pairdoctor.core.knowledge.Device::id).toList();
        catalog = ModelCatalog.of(kb, kb.problems().stream().map(Problem::id).toList(),
                kb.hosts().stream().map(Host::id).toList());
    }

    @Test
    void theMainHostsAreKnowledgeBaseHosts() {
        assertThat(catalog.hosts()).containsAll(ScriptedWalk.MAIN_HOSTS);
    }

    @Test
    void noScriptedPersonWithAFixableCauseIsSentToSupport() {
        ScriptedWalk.Report r = ScriptedWalk.walk(catalog, ScriptedWalk.MAIN_HOSTS, Planners.standard());
        System.out.println("scripted walk, planner: " + ScriptedWalk.summary(r));
        assertThat(r.cases()).hasSizeGreaterThan(300);
        assertThat(r.escalated()).as("needless escalations").isEmpty();
        assertThat(r.fixedShare()).as("share fixed").isGreaterThanOrEqualTo(0.99);
    }

    @Test
    void onEveryShippedDeviceNoScriptedPersonWithAFixableCauseIsSentToSupport() {
        ScriptedWalk.Report r = ScriptedWalk.walk(catalog, ScriptedWalk.MAIN_HOSTS, devices, Planners.standard());
        assertThat(r.cases()).extracting(ScriptedWalk.Case::device).containsAll(devices);
        assertThat(r.escalated()).as("needless escalations").isEmpty();
    }

    @Test
    void theWalkCountsAnEscalationWhereTheModelMakesSupportCheaperThanAFix() {
        // The old objective: escalation 900 s, cheaper on average than a 600 s charge for an unlikely cause.
        TroubleshootingModel m = new TroubleshootingModel("dead", Map.of(),
                List.of(new Cause("flat", 0.2), new Cause("broken", 0.8)),
                List.of(new Action("charge", 600, Map.of("flat", 0.9), false)),
                List.of(), new Escalation("support", 300), List.of());
        ScriptedWalk.Case c = ScriptedWalk.person(m, "dead", "any", "flat", Planners.standard());
        assertThat(c.outcome()).isEqualTo(Outcome.ESCALATED);
        assertThat(c.path()).containsExactly("support");

        TroubleshootingModel personal = new TroubleshootingModel("dead", Map.of(), m.causes(),
                List.of(new Action("charge", Action.cost(30, 600), Map.of("flat", 0.9), false, 30, 600)),
                List.of(), new Escalation("support", 10_800, Escalation.Kind.SUPPORT_CONTACT), List.of());
        ScriptedWalk.Case fixed = ScriptedWalk.person(personal, "dead", "any", "flat", Planners.standard());
        assertThat(fixed.outcome()).isEqualTo(Outcome.FIXED);
        assertThat(fixed.path()).containsExactly("charge");
        assertThat(fixed.wallSeconds()).isEqualTo(630);
        assertThat(fixed.seconds()).isEqualTo(30 + Action.WAIT_WEIGHT * 600);
    }

    @Test
    void thePersonGivesTheLikeliestAnswerAndCountsOnlyLikelyFixes() {
        TroubleshootingModel m = new TroubleshootingModel("p", Map.of(),
                List.of(new Cause("a", 0.5), new Cause("b", 0.5)),
                List.of(Action.of("fix-a", 10, Map.of("a", 0.9, "b", 0.4)), Action.of("fix-b", 10, Map.of("b", 0.9))),
                List.of(new Question("which", 1, List.of(new Answer("is-a", Map.of("a", 0.8, "b", 0.3)),
                        new Answer("is-b", Map.of("a", 0.2, "b", 0.7))))),
                new Escalation("support", 10_000), List.of());
        assertThat(ScriptedWalk.likeliest(m.question("which").orElseThrow(), "b")).isEqualTo("is-b");
        ScriptedWalk.Case c = ScriptedWalk.person(m, "p", "any", "b", Policies.byName("pover-c"));
        // fix-a first (P-over-C on the priors): it fixes b only with 0.4, so the person says it did not help.
        assertThat(c.path()).containsExactly("fix-a", "fix-b");
        assertThat(c.outcome()).isEqualTo(Outcome.FIXED);
    }
}
