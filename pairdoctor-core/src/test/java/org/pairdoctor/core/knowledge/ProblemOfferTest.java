package org.pairdoctor.core.knowledge;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the start page and the escalation take from the shipped knowledge: each problem's estimated
 * share and the hosts it is offered for, and each headset's routes to help.
 */
class ProblemOfferTest {
    private static KnowledgeBase kb;

    @BeforeAll
    static void load() {
        kb = ShippedKnowledge.load();
    }

    @Test
    void everyProblemHasAnEstimatedShareSoTheStartPageCanOrderIt() {
        assertThat(kb.problems()).allSatisfy(p -> assertThat(p.share()).as(p.id()).isBetween(0.001, 1.0));
        double first = kb.problem("first-time-pairing").orElseThrow().share();
        assertThat(kb.problem("linux-profile-unavailable").orElseThrow().share()).isLessThan(first);
    }

    @Test
    void aLinuxProblemIsOfferedOnLinuxOnlyAndAProblemWithoutOnlyForEverywhere() {
        assertThat(kb.offered("linux-profile-unavailable", "ios")).isFalse();
        assertThat(kb.offered("linux-profile-unavailable", "android-samsung")).isFalse();
        assertThat(kb.offered("linux-profile-unavailable", "linux-gnome")).isTrue();
        assertThat(kb.offered("muffled-mono-on-computer", "ios")).isFalse();
        assertThat(kb.offered("muffled-mono-on-computer", "windows-11")).isTrue();
        assertThat(kb.offered("ldac-no-sound", "android-pixel")).isTrue();
        assertThat(kb.offered("ldac-no-sound", "macos")).isFalse();
        assertThat(kb.offered("headset-not-in-scan-list", "ios")).isTrue();
    }

    @Test
    void aHeadsetsHelpComesFromItsSupportEntryAndItsHelpGuideSource() {
        DeviceHelp h = kb.deviceHelp("sony-wh-1000xm2");
        assertThat(h.maker()).isEqualTo("Sony");
        assertThat(h.supportUrl()).startsWith("https://");
        assertThat(h.helpGuideUrl()).startsWith("https://helpguide.sony.net/");
        assertThat(h.supportPhone()).as("no source gives a number").isNull();
        assertThat(kb.deviceHelp("no-such-headset")).isEqualTo(DeviceHelp.NONE);
    }
}
