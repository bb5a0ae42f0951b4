package org.pairdoctor.web.picture;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The drawing and its words from fixtures written to the device spec (knowledge/devices/*.yaml). */
class DrawingTest {
    /** As the spec's WH-1000XM4 example: POWER and CUSTOM on the left earcup, a touch panel on the right. */
    static final Headset OVER_EAR = new Headset("Sony WH-1000XM4", "over-ear",
            List.of(new Headset.Control("power", "POWER", "button", "left", .75, .85),
                    new Headset.Control("custom", "CUSTOM", "button", "left", .60, .92),
                    new Headset.Control("touch", "touch sensor control panel", "touch-panel", "right", .5, .5)),
            List.of(new Headset.Light("main", "left", .85, .80, List.of("blue", "red"))));
    static final Headset EARBUDS = new Headset("Sony WF-1000XM4", "earbuds",
            List.of(new Headset.Control("left-sensor", "touch sensor", "touch-sensor", "left", .5, .4),
                    new Headset.Control("right-sensor", "touch sensor", "touch-sensor", "right", .5, .4)),
            List.of(new Headset.Light("case", "case", .5, .8, List.of("blue", "red", "amber")),
                    new Headset.Light("left", "left", .3, .3, List.of("blue", "red"))));

    @Test
    void holdingPowerForPairingReadsAsTheSpecSays() {
        Picture p = Drawing.draw(OVER_EAR, new Scene(List.of("power"), 7,
                new Scene.Flash("main", "blue", 2, true)), "s1").orElseThrow();
        assertThat(p.alt()).isEqualTo(
                "Hold POWER on the left earcup for 7 seconds; the light flashes blue twice, repeatedly.");
        assertThat(p.svg()).startsWith("<svg").contains("role=\"img\"").contains("aria-labelledby=\"s1-t\"")
                .contains("<title id=\"s1-t\">" + p.alt() + "</title>");
        assertThat(p.motion()).isEqualTo("The light flashes blue twice, repeatedly.");
    }

    @Test
    void theHeldButtonIsHighlightedWhereTheDataPutsItAndTheOthersAreNot() {
        String svg = Drawing.draw(OVER_EAR, new Scene(List.of("power"), 7, null), "s").orElseThrow().svg();
        assertThat(svg).contains("<g class=\"pd-control pd-button pd-held\" data-control=\"power\">")
                .contains("<g class=\"pd-control pd-button\" data-control=\"custom\">");
        // all on the left earcup: it is drawn alone and large (x 110 + .75 * 170 = 237.5, y 12 + .85 * 222 = 200.7)
        assertThat(svg).contains("class=\"pd-knob\" cx=\"237.5\" cy=\"200.7\"");
        assertThat(svg).contains(">POWER · 7 s</text>").contains("left earcup").contains("pd-part pd-here");
        assertThat(svg).doesNotContain("data-control=\"touch\"").doesNotContain("rx=\"26\"");
        String both = Drawing.draw(OVER_EAR, new Scene(List.of("power", "touch"), 2, null), "s").orElseThrow().svg();
        assertThat(both).as("controls on both earcups: the whole headset").contains("data-control=\"touch\"")
                .doesNotContain("pd-here").contains(">Right</text>");
    }

    @Test
    void theLightAnimatesItsPatternAndItsColourComesFromTheData() {
        String repeating = Drawing.draw(OVER_EAR, new Scene(List.of(), null,
                new Scene.Flash("main", "blue", 2, true)), "a").orElseThrow().svg();
        assertThat(repeating).contains("class=\"pd-light pd-flash-2 pd-repeat\"").contains("fill=\"#1f6fff\"");
        Picture once = Drawing.draw(OVER_EAR, new Scene(List.of("power", "custom"), 8,
                new Scene.Flash("main", "red", 4, false)), "b").orElseThrow();
        assertThat(once.svg()).contains("pd-flash-4 pd-once").contains("fill=\"#e0352b\"");
        assertThat(once.alt()).isEqualTo(
                "Hold POWER and CUSTOM on the left earcup for 8 seconds; the light flashes red 4 times.");
        Picture steady = Drawing.draw(OVER_EAR, new Scene(List.of(), null,
                new Scene.Flash("main", "red", 0, false)), "c").orElseThrow();
        assertThat(steady.svg()).contains("pd-steady");
        assertThat(steady.alt()).isEqualTo("The light stays lit red.");
        assertThat(steady.motion()).isNull();
    }

    @Test
    void earbudsAreDrawnAsTwoBudsAndACaseAndTheirPartsAreNamed() {
        Picture p = Drawing.draw(EARBUDS, new Scene(List.of("left-sensor", "right-sensor"), 10,
                new Scene.Flash("case", "blue", 2, true)), "e").orElseThrow();
        assertThat(p.svg()).contains("rx=\"26\"").contains(">Case</text>").doesNotContain("pd-band");
        assertThat(p.alt()).isEqualTo("Touch and hold touch sensor on the left earbud, and touch sensor on the "
                + "right earbud for 10 seconds; the light on the charging case flashes blue twice, repeatedly.");
    }

    @Test
    void nothingIsDrawnForAStepThatTouchesNothingTheHeadsetHas() {
        assertThat(Drawing.draw(OVER_EAR, new Scene(List.of("nc-ambient"), 7, null), "x")).isEmpty();
        assertThat(Drawing.draw(OVER_EAR, new Scene(List.of(), null, new Scene.Flash("other", "blue", 1, true)), "x"))
                .isEmpty();
        Headset generic = new Headset("Another headset", "other", List.of(), List.of());
        assertThat(generic.drawable()).isFalse();
    }

    @Test
    void labelsFromTheDataAreEscaped() {
        Headset odd = new Headset("X", "other",
                List.of(new Headset.Control("b", "<script>\"&", "button", "body", .5, .5)), List.of());
        String svg = Drawing.draw(odd, new Scene(List.of("b"), 2, null), "o\"").orElseThrow().svg();
        assertThat(svg).doesNotContain("<script>").contains("&lt;script&gt;&quot;&amp;").contains("id=\"o&quot;-t\"");
    }
}
