package org.pairdoctor.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ReportCommandTest {
    @TempDir
    Path data;
    @TempDir
    Path out;

    @Test
    void aMonthWithDataGetsAnHtmlReportWithPngChartsComparedWithTheMonthBefore() throws Exception {
        StoredSessions.play(data, 30, Instant.parse("2026-10-10T10:00:00Z"));
        StoredSessions.play(data, 40, Instant.parse("2026-11-10T10:00:00Z"));
        LearnCommandTest.Run r = LearnCommandTest.run("report", "--month", "2026-11", "--out", out.toString(),
                "--data", data.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("40 sessions in 2026-11");
        String html = Files.readString(out.resolve("index.html"));
        assertThat(html).contains("pairdoctor monthly report 2026-11").contains("Data quality")
                .contains("<td>sessions</td><td class=\"n\">40</td><td class=\"n\">30</td>")
                .contains("Steps that moved in the planner's order").contains("Steps whose success rate moved")
                .contains("raise-volume");
        for (String png : new String[]{"months.png", "time-to-connected.png", "steps-1.png"}) {
            byte[] b = Files.readAllBytes(out.resolve(png));
            assertThat(b).as(png).startsWith(0x89, 'P', 'N', 'G');
            assertThat(html).contains("src=\"" + png + "\"");
        }
    }

    @Test
    void aMonthWithoutDataGetsAReportSayingSo() throws Exception {
        LearnCommandTest.Run r = LearnCommandTest.run("report", "--month", "2020-01", "--out", out.toString(),
                "--data", data.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Files.readString(out.resolve("index.html"))).contains("No sessions were stored in 2020-01");
    }

    @Test
    void aBadMonthIsAUsageError() {
        for (String bad : new String[]{"2026-13", "11-2026", "2026-1", "november"}) {
            LearnCommandTest.Run r = LearnCommandTest.run("report", "--month", bad, "--out", out.toString(),
                    "--data", data.toString());
            assertThat(r.exit()).as(bad).isEqualTo(2);
            assertThat(r.err()).contains("'" + bad + "' is not a month: expected YYYY-MM");
        }
    }

    @Test
    void theReportHasAHeadsetSectionWithEachHeadsetsOwnFiguresAndCanBeRestrictedToOne() throws Exception {
        StoredSessions.play(data, "sony-wh-1000xm2", 6, Instant.parse("2026-11-10T10:00:00Z"));
        StoredSessions.play(data, "sony-wf-1000xm4", 4, Instant.parse("2026-11-11T10:00:00Z"));
        LearnCommandTest.Run r = LearnCommandTest.run("report", "--month", "2026-11", "--out", out.toString(),
                "--data", data.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        String html = Files.readString(out.resolve("index.html"));
        assertThat(html).contains("<h2>By headset</h2>").contains("<caption>Sessions by headset in 2026-11</caption>")
                .contains("<tr><th scope=\"row\">Sony WH-1000XM2</th><td>sony-1000x</td><td class=\"n\">6</td>")
                .contains("<tr><th scope=\"row\">Sony WF-1000XM4</th><td>sony-1000x</td><td class=\"n\">4</td>")
                // Fewer than 30 ended sessions: no rate, the rule of the pages.
                .contains("too few sessions (6 ended)").contains("too few sessions (4 ended)")
                .contains("<h3>Sony WF-1000XM4</h3>");

        Path one = out.resolve("one");
        LearnCommandTest.Run only = LearnCommandTest.run("report", "--month", "2026-11", "--out", one.toString(),
                "--data", data.toString(), "--device", "sony-wf-1000xm4");
        assertThat(only.exit()).as(only.err()).isZero();
        assertThat(only.out()).contains("4 sessions in 2026-11 with Sony WF-1000XM4");
        String oneHtml = Files.readString(one.resolve("index.html"));
        assertThat(oneHtml).contains("pairdoctor monthly report 2026-11: Sony WF-1000XM4")
                .contains("<td>sessions</td><td class=\"n\">4</td>")
                .contains("<h3>Sony WF-1000XM4</h3>").doesNotContain("Sony WH-1000XM2");
    }

    @Test
    void anUnknownHeadsetIsAUsageErrorNamingTheKnownOnes() {
        LearnCommandTest.Run r = LearnCommandTest.run("report", "--month", "2026-11", "--out", out.toString(),
                "--data", data.toString(), "--device", "sony-wh-9000");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--device 'sony-wh-9000' is not a headset of")
                .contains("known headsets: ").contains("sony-wf-1000xm4").contains("generic-headset")
                .doesNotContain("Exception");
        assertThat(out.resolve("index.html")).doesNotExist();
    }
}
