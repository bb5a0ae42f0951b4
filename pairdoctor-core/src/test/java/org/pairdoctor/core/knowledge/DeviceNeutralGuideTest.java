package org.pairdoctor.core.knowledge;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped behaviour table and FAQ read right for every headset (as {@link DeviceNeutralProblemsTest} does
 * for problems): each device's rows and entries are fully rendered, name only its own buttons, and name at
 * least one of them; the generic headset's name no button and no timing; every rendered entry has a source.
 * The source document's claims stay on the WH-1000XM2's entries. What the source document said
 * ({@code seedClaim}, {@code correction}) is about that model and is not checked here.
 */
class DeviceNeutralGuideTest {
    private static final String XM2 = "sony-wh-1000xm2";
    private static final Pattern TIMING = Pattern.compile(
            "(?i)\\b(hold|press|held|pressed)\\b[^.]*?\\d+\\s*(s|sec|secs|seconds?)\\b|flash(es|ing)? (twice|\\d+ times)");
    private static KnowledgeBase kb;

    @BeforeAll
    static void load() {
        kb = KnowledgeBase.load(ShippedKnowledge.directory());
    }

    /** Every text of the device's rows and entries that a person reads as written for their headset. */
    private static List<String> texts(String deviceId) {
        List<String> out = new ArrayList<>();
        kb.behaviours(deviceId).forEach(b -> Stream.of(b.behaviour(), b.diagnosticAction(), b.likelyCause())
                .filter(java.util.Objects::nonNull).forEach(out::add));
        kb.faq(deviceId).forEach(q -> out.add(q.question()));
        kb.faq(deviceId).forEach(q -> out.add(q.answer()));
        return out;
    }

    @Test
    void everyDeviceGetsAFullyRenderedTableAndFaqWithSources() {
        assertThat(kb.devices()).hasSizeGreaterThanOrEqualTo(8);
        for (Device d : kb.devices()) {
            assertThat(kb.behaviours(d.id())).as(d.id()).hasSizeGreaterThanOrEqualTo(6);
            assertThat(kb.faq(d.id())).as(d.id()).hasSizeGreaterThanOrEqualTo(8);
            texts(d.id()).forEach(t -> assertThat(t).as(d.id())
                    .doesNotContain("{", "}", "[[", "]]", "()", "  ").doesNotEndWith(" "));
            kb.behaviours(d.id()).forEach(b -> assertThat(b.sources()).as(b.id()).isNotEmpty());
            kb.faq(d.id()).forEach(q -> assertThat(q.sources()).as(q.id()).isNotEmpty());
            // Questions are unique per device: one entry per group of models, never two answers to one question.
            assertThat(kb.faq(d.id()).stream().map(FaqEntry::question).toList()).as(d.id()).doesNotHaveDuplicates();
        }
    }

    @Test
    void noDeviceIsToldAnotherDevicesButtonsAndEachIsToldItsOwn() {
        List<String> failures = new ArrayList<>();
        for (Device d : kb.devices()) {
            Set<String> own = new TreeSet<>();
            d.buttons().forEach(b -> own.add(b.label()));
            Set<String> foreign = new TreeSet<>();
            kb.devices().forEach(o -> o.buttons().stream().map(Device.Button::label).filter(l -> !own.contains(l))
                    .forEach(foreign::add));
            if (!d.id().equals(XM2)) {
                foreign.addAll(List.of("micro-USB", "XM2", "NC/AMBIENT"));
                foreign.removeAll(own);
            }
            // "the WH-1000XM2" names the model an estimate comes from ("as on the WH-1000XM2"); a bare "XM2"
            // or "WH-1000XM2" would address the reader as its owner ("choose WH-1000XM2").
            List<String> texts = texts(d.id()).stream()
                    .map(t -> d.id().equals(XM2) ? t : t.replace("the WH-1000XM2", "the (comparison)")).toList();
            for (String t : texts) {
                foreign.stream().filter(w -> names(t, w)).forEach(w -> failures.add(d.id() + " is told '" + w + "': " + t));
            }
            if (!own.isEmpty()) {
                assertThat(own).as(d.id() + ": its own buttons named somewhere")
                        .anyMatch(l -> texts.stream().anyMatch(t -> names(t, l)));
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void theGenericHeadsetIsToldNoButtonNoTimingAndNoSonyFeature() {
        Set<String> labels = new TreeSet<>();
        kb.devices().forEach(d -> d.buttons().forEach(b -> labels.add(b.label())));
        for (String t : texts("generic-headset")) {
            labels.forEach(l -> assertThat(names(t, l)).as("names '" + l + "': " + t).isFalse());
            assertThat(TIMING.matcher(t).find()).as("timing: " + t).isFalse();
            assertThat(t).doesNotContain("Sony", "Headphones Connect", "blue indicator", "red indicator", "LE_");
        }
        assertThat(kb.faq("generic-headset")).anySatisfy(q -> assertThat(q.answer()).contains("manual"));
    }

    @Test
    void entriesFollowTheDevicesCapabilities() {
        // Two devices at once: a fix on headsets with multipoint, a split or a limitation on the others.
        assertThat(faq("sony-wh-1000xm4", "two-devices-multipoint").answer()).contains("Connect to 2 devices simultaneously");
        assertThat(faq(XM2, "two-devices").answer()).startsWith("Yes, as a split");
        assertThat(kb.faq("sony-wf-1000xm3")).extracting(FaqEntry::id).contains("two-devices-single")
                .doesNotContain("two-devices-multipoint", "nfc-iphone");
        // Earbuds get the case and one-earbud rows; over-ear headsets do not.
        assertThat(kb.behaviours("sony-wf-1000xm4")).extracting(Behaviour::id).contains("one-earbud-silent",
                "case-light-after-closing", "pauses-when-taken-off").doesNotContain("initialised-indicator");
        assertThat(kb.behaviours("sony-wh-1000xm3")).extracting(Behaviour::id)
                .doesNotContain("one-earbud-silent", "pauses-when-taken-off", "pauses-when-talking");
        // The XM4's reset pairs power with CUSTOM, the XM2's with NC/AMBIENT.
        assertThat(faq("sony-wh-1000xm4", "reset-vs-initialise").answer()).contains("⏻ power and CUSTOM together");
        assertThat(faq(XM2, "reset-vs-initialise").answer()).contains("POWER and NC/AMBIENT together");
    }

    @Test
    void theSourceDocumentsClaimsStayWithTheWh1000xm2() {
        long rows = kb.behaviours(XM2).stream().filter(b -> b.seedClaim() != null).count();
        long answers = kb.faq(XM2).stream().filter(q -> q.seedAnswer() != null).count();
        assertThat(rows).isEqualTo(5);
        assertThat(answers).isEqualTo(5);
        // The WH-1000XM2's rows that take facts from its file cite its Help Guide.
        assertThat(kb.behaviours("sony-wh-1000xm5")).filteredOn(b -> b.id().equals("le-entry-in-scan-list"))
                .singleElement().satisfies(b -> assertThat(b.sources()).contains("sony-help-guide-wh1000xm5"));
    }

    private static FaqEntry faq(String device, String id) {
        return kb.faq(device).stream().filter(q -> q.id().equals(id)).findFirst().orElseThrow();
    }

    /** A button label only as a whole word ("NC/AMB" is not named by "NC/AMBIENT"); anything else anywhere. */
    private static boolean names(String text, String word) {
        boolean label = kb.devices().stream().anyMatch(d -> d.buttons().stream().anyMatch(b -> b.label().equals(word)));
        return label
                ? Pattern.compile("(?<![\\w/])" + Pattern.quote(word) + "(?![\\w/])").matcher(text).find()
                : text.contains(word);
    }
}
