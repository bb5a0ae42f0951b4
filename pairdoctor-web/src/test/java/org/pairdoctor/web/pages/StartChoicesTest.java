package org.pairdoctor.web.pages;

import org.junit.jupiter.api.Test;
import org.pairdoctor.core.statistics.Proportion;
import org.pairdoctor.web.content.DeviceEntry;
import org.pairdoctor.web.content.HostEntry;
import org.pairdoctor.web.content.Observed;
import org.pairdoctor.web.content.OutcomeFigures;
import org.pairdoctor.web.content.ProblemEntry;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The start page's choices: the host guessed from the User-Agent, the problems offered and their order. */
class StartChoicesTest {
    static final List<HostEntry> HOSTS = List.of(new HostEntry("ios", "iPhone", "ios", null),
            new HostEntry("android", "Android", "android", null),
            new HostEntry("android-samsung", "Samsung", "android", "android"),
            new HostEntry("macos", "Mac", "macos", null), new HostEntry("windows-11", "Windows 11", "windows", null),
            new HostEntry("linux-gnome", "GNOME", "linux", "linux"));

    static String guess(String ua) {
        return HostGuess.of(ua, HOSTS).map(HostEntry::id).orElse(null);
    }

    @Test
    void theHostIsGuessedFromCommonUserAgents() {
        assertThat(guess("Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15")).isEqualTo("ios");
        assertThat(guess("Mozilla/5.0 (iPad; CPU OS 17_0 like Mac OS X)")).isEqualTo("ios");
        assertThat(guess("Mozilla/5.0 (Linux; Android 14; SM-S921B) AppleWebKit/537.36 Chrome/131 Mobile"))
                .isEqualTo("android-samsung");
        assertThat(guess("Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36")).as("no Pixel host here")
                .isEqualTo("android");
        assertThat(guess("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) Safari/605.1.15")).isEqualTo("macos");
        assertThat(guess("Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/131")).isEqualTo("windows-11");
        assertThat(guess("Mozilla/5.0 (X11; Linux x86_64) Firefox/133.0")).as("the family's first host")
                .isEqualTo("linux-gnome");
        assertThat(guess("curl/8.0")).isNull();
        assertThat(guess(null)).isNull();
    }

    static final List<ProblemEntry> PROBLEMS = List.of(
            new ProblemEntry("rare", "Rare", "", "problem", 0.01, null, null),
            new ProblemEntry("linux", "Linux only", "", "problem", 0.05, Set.of("linux-gnome"), null),
            new ProblemEntry("common", "Common", "", "problem", 0.3, null, null),
            new ProblemEntry("earbuds", "Earbuds only", "", "problem", 0.2, null, Set.of("wf")));

    @Test
    void problemsAreFilteredByHostAndHeadsetAndOrderedByTheEstimate() {
        ProblemMenu m = ProblemMenu.of(PROBLEMS, "ios", "wh", OutcomeFigures.NONE, null);
        assertThat(m.top()).extracting(ProblemEntry::id).containsExactly("common", "rare");
        assertThat(m.counted()).isZero();
        assertThat(m.basis()).contains("by our estimate");
        assertThat(ProblemMenu.of(PROBLEMS, "linux-gnome", "wf", OutcomeFigures.NONE, null).top())
                .extracting(ProblemEntry::id).containsExactly("common", "earbuds", "linux", "rare");
        assertThat(ProblemMenu.of(PROBLEMS, "ios", "wh", OutcomeFigures.NONE, "linux").top())
                .as("a deep link's problem comes first even where it does not apply")
                .extracting(ProblemEntry::id).containsExactly("linux", "common", "rare");
    }

    @Test
    void countedSessionsOrderTheProblemsOnceThereAreEnoughAndThePageSaysSo() {
        Map<String, Long> n = Map.of("rare", 400L, "common", 90L);
        OutcomeFigures figures = new OutcomeFigures() {
            @Override
            public Optional<Observed> step(String problemId, String hostId, String stepId) {
                return Optional.empty();
            }

            @Override
            public Optional<Observed> problem(String problemId) {
                return Optional.ofNullable(n.get(problemId)).map(k -> new Observed(new Proportion(k / 2, k), null));
            }
        };
        ProblemMenu m = ProblemMenu.of(PROBLEMS, "linux-gnome", "wh", figures, null);
        assertThat(m.top()).extracting(ProblemEntry::id).containsExactly("rare", "common", "linux");
        assertThat(m.counted()).isEqualTo(490);
        assertThat(m.basis()).contains("counted from 490 finished sessions");
    }

    @Test
    void thePickerGroupsByFormAndFindsByAnyWordOfTheName() {
        List<DeviceEntry> devices = List.of(new DeviceEntry("wh", "Sony WH-1000XM5", "over-ear"),
                new DeviceEntry("wf", "Sony WF-1000XM5", "earbuds"), new DeviceEntry("g", "Another headset", "other"));
        assertThat(DeviceGroup.of(devices, null)).extracting(DeviceGroup::label)
                .containsExactly("Over-ear headphones", "Earbuds with a charging case", "Other headsets");
        assertThat(DeviceGroup.of(devices, "wf xm5")).flatExtracting(DeviceGroup::devices)
                .extracting(DeviceEntry::id).containsExactly("wf");
        assertThat(DeviceGroup.of(devices, "1000xm5")).flatExtracting(DeviceGroup::devices).hasSize(2);
        assertThat(DeviceGroup.of(devices, "bose")).isEmpty();
    }
}
