package org.pairdoctor.core.knowledge;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped problems are device-neutral: every step of every problem, rendered for every device in
 * knowledge/devices (plus, when the shipped base lacks them, a stand-in generic headset and a test pair of
 * earbuds from test resources), names only that device's buttons and ports; the generic headset's steps
 * name no button label and no headset timing (a hold or a flash count).
 */
class DeviceNeutralProblemsTest {
    private static final String XM2 = "sony-wh-1000xm2";
    /** A press or hold for a number of seconds, or a counted flash: what only a model's manual can say. */
    private static final Pattern TIMING = Pattern.compile(
            "(?i)\\b(hold|press|held|pressed)\\b[^.]*?\\d+\\s*(s|sec|secs|seconds?)\\b|flash(es|ing)? (twice|\\d+ times)");

    @TempDir
    static Path tmp;
    private static KnowledgeBase kb;

    @BeforeAll
    static void load() throws IOException, URISyntaxException {
        Path dir = tmp.resolve("knowledge");
        copy(ShippedKnowledge.directory(), dir);
        Path extra = Path.of(DeviceNeutralProblemsTest.class.getResource("/kb/extra-devices/test-earbuds.yaml").toURI())
                .getParent();
        try (Stream<Path> files = Files.list(extra)) {
            for (Path f : files.toList()) {
                Path target = dir.resolve("devices").resolve(f.getFileName().toString());
                if (!Files.exists(target)) {
                    Files.copy(f, target);
                }
            }
        }
        Path sources = dir.resolve("sources.yaml");
        Files.writeString(sources, Files.readString(sources)
                + "  - id: test-manual\n    title: \"A test headset's manual\"\n");
        kb = KnowledgeBase.load(dir);
    }

    @Test
    void theKnowledgeBaseHasTheGenericHeadsetAndEarbudsToRenderFor() {
        assertThat(kb.devices()).extracting(Device::id).contains(XM2, "generic-headset", "test-earbuds");
        assertThat(kb.device("generic-headset").orElseThrow().generic()).isTrue();
    }

    @Test
    void noDeviceIsToldAnotherDevicesButtonsOrPorts() {
        int texts = 0;
        List<String> failures = new ArrayList<>();
        for (Device d : kb.devices()) {
            Set<String> foreign = foreignWords(d);
            for (Rendered r : rendered(d)) {
                texts++;
                for (String w : foreign) {
                    if (names(r.text(), w)) {
                        failures.add(d.id() + ": " + r.where() + " names '" + w + "': " + r.text());
                    }
                }
            }
        }
        assertThat(failures).isEmpty();
        assertThat(texts).isGreaterThan(5000);
    }

    @Test
    void theGenericHeadsetsStepsNameNoButtonAndNoTiming() {
        Device generic = kb.device("generic-headset").orElseThrow();
        Set<String> labels = new TreeSet<>();
        kb.devices().forEach(d -> d.buttons().forEach(b -> labels.add(b.label())));
        List<String> failures = new ArrayList<>();
        for (Rendered r : rendered(generic)) {
            labels.stream().filter(l -> names(r.text(), l))
                    .forEach(l -> failures.add(r.where() + " names the button '" + l + "': " + r.text()));
            if (TIMING.matcher(r.text()).find() || r.holdSeconds() != null) {
                failures.add(r.where() + " gives a timing: " + r.text());
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void theTimingPatternCatchesWhatItShould() {
        assertThat(TIMING.matcher("Press and hold the POWER button for about 7 seconds.").find()).isTrue();
        assertThat(TIMING.matcher("The blue indicator flashes twice in a row.").find()).isTrue();
        assertThat(TIMING.matcher("Turn Bluetooth off, wait 10 seconds, and turn it on again.").find()).isFalse();
    }

    private static Set<String> foreignWords(Device d) {
        return new ForeignWords(kb).of(d);
    }

    private static boolean names(String text, String word) {
        return new ForeignWords(kb).names(text, word);
    }

    private record Rendered(String where, String text, Integer holdSeconds) {
    }

    /** Every text of every step of every problem for the device, on every host and the generic one. */
    private static List<Rendered> rendered(Device d) {
        List<String> hosts = new ArrayList<>(kb.hosts().stream().map(Host::id).toList());
        hosts.add(KnowledgeBase.GENERIC_HOST);
        List<Rendered> out = new ArrayList<>();
        for (Problem p : kb.problemsFor(d.id())) {
            for (String h : hosts) {
                for (StepText t : DeviceNeutralTextTest.allSteps(kb, p.id(), h, d.id())) {
                    String where = p.id() + "/" + t.stepId() + " on " + h;
                    for (String s : DeviceNeutralTextTest.renderedTexts(t)) {
                        out.add(new Rendered(where, s, null));
                    }
                    t.lines().stream().filter(l -> l.holdSeconds() != null)
                            .forEach(l -> out.add(new Rendered(where, l.text(), l.holdSeconds())));
                }
            }
        }
        return out;
    }

    private static void copy(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
