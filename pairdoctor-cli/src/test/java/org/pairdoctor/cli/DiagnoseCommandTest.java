package org.pairdoctor.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pairdoctor.core.model.StepKind;
import org.pairdoctor.core.session.Outcome;
import org.pairdoctor.core.session.SessionRecord;
import org.pairdoctor.core.session.Turn;
import org.pairdoctor.store.Database;
import org.pairdoctor.store.JdbcSessionStore;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Scripted terminal sessions through the real command, knowledge base and SQLite store. */
class DiagnoseCommandTest {
    @TempDir
    Path dir;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int diagnose(String answers, String... extra) throws IOException {
        Path file = dir.resolve("answers.txt");
        Files.writeString(file, answers);
        List<String> args = new java.util.ArrayList<>(List.of("diagnose", "--answers", file.toString(),
                "--data", dir.resolve("data").toString()));
        args.addAll(List.of(extra));
        return Main.run(args.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
    }

    List<SessionRecord> stored() {
        try (Database db = Database.openDirectory(dir.resolve("data"))) {
            return new JdbcSessionStore(db).startedSince(Instant.EPOCH);
        }
    }

    @Test
    void scriptedAnswersLeadToAFixedSessionThatIsStored() throws IOException {
        int code = diagnose("1\n".repeat(30), "--device", "sony-wh-1000xm2", "--host", "android",
                "--problem", "headset-not-in-scan-list");

        assertThat(code).as(out + "\n" + err).isZero();
        SessionRecord s = stored().get(0);
        assertThat(s.outcome()).isEqualTo(Outcome.FIXED);
        assertThat(s.channel()).isEqualTo("terminal");
        assertThat(s.fixedBy()).isNotNull();
        assertThat(out.toString()).contains("-- Step 1").contains("Why this step (its figures are estimates)")
                .contains("left (estimate) --").contains("Most likely now (estimated)").contains("Fixed after");
    }

    @Test
    void skippingEverythingEndsInTheAcceptedEscalation() throws IOException {
        int code = diagnose("skipped\n".repeat(40) + "accepted\n", "--device", "sony-wh-1000xm2", "--host", "ios",
                "--problem", "pairing-fails");

        assertThat(code).as(out + "\n" + err).isZero();
        SessionRecord s = stored().get(0);
        assertThat(s.outcome()).isEqualTo(Outcome.ESCALATED);
        assertThat(s.turns()).last().extracting(Turn::kind).isEqualTo(StepKind.ESCALATION);
        assertThat(s.turns()).filteredOn(t -> t.kind() != StepKind.ESCALATION)
                .allSatisfy(t -> assertThat(t.reply().code()).isEqualTo("skipped"));
    }

    @Test
    void endOfInputPausesTheSessionAndSessionContinuesItWhereItWas() throws IOException {
        int code = diagnose("2\n", "--device", "sony-wh-1000xm2", "--host", "linux-gnome",
                "--problem", "linux-profile-unavailable");

        assertThat(code).isEqualTo(1);
        SessionRecord s = stored().get(0);
        assertThat(s.outcome()).isEqualTo(Outcome.IN_PROGRESS);
        assertThat(s.turns()).hasSize(1);
        assertThat(out.toString()).contains("Paused; your place is kept", "diagnose --session " + s.id());
        assertThat(err.toString()).doesNotContain("Exception");

        out.getBuffer().setLength(0);
        int again = diagnose("skipped\n", "--session", s.id());
        assertThat(again).as(out + "\n" + err).isEqualTo(1);
        assertThat(stored().get(0).turns()).hasSize(2);
        assertThat(stored().get(0).turns().get(0)).isEqualTo(s.turns().get(0));
    }

    @Test
    void missingOptionsAreAskedFromTheLists() throws IOException {
        int code = diagnose("sony-wh-1000xm2\n1\nheadset-not-in-scan-list\n" + "1\n".repeat(30));

        assertThat(code).as(out + "\n" + err).isZero();
        assertThat(out.toString()).contains("Which phone or computer?").contains("Which problem?");
        assertThat(stored().get(0).problemId()).isEqualTo("headset-not-in-scan-list");
    }

    @Test
    void anUnknownProblemIdIsAClearErrorListingTheValidOnes() throws IOException {
        int code = diagnose("", "--device", "sony-wh-1000xm2", "--host", "android", "--problem", "nope");

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("unknown problem 'nope'").contains("pairing-fails").doesNotContain("at org.");
    }

    @Test
    void anUnknownDeviceIdIsAClearErrorListingTheDevices() throws IOException {
        int code = diagnose("", "--device", "sony-wh-1000xm9", "--host", "android", "--problem", "pairing-fails");

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("unknown headset 'sony-wh-1000xm9'").contains("sony-wh-1000xm2")
                .doesNotContain("at org.");
        assertThat(stored()).isEmpty();
    }
}
