package org.pairdoctor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
        String flat = out.toString().replaceAll("\\s+", " ");
        assertThat(flat).contains("Step 1 ·").contains("Why this step (estimates):").contains("left (estimate)")
                .containsPattern("Most likely now: .* \\(\\d+%, estimate\\)").contains("These probabilities are the authors' estimates").contains("Fixed after");
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
        assertThat(out.toString().replaceAll("\\s+", " ")).contains("Paused. Your answers are kept")
                .contains("pairdoctor diagnose --session " + s.id());
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
    void anEscalationEndsWithTheSupportSummaryAndJsonGivesItOnStandardOutput() throws IOException {
        int code = diagnose("skipped\n".repeat(40) + "accepted\n", "--device", "sony-wh-1000xm2", "--host", "ios",
                "--problem", "pairing-fails", "--json");

        assertThat(code).as(out + "\n" + err).isZero();
        SessionRecord s = stored().get(0);
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("session").asText()).isEqualTo(s.id());
        assertThat(json.get("outcome").asText()).isEqualTo("escalated");
        assertThat(json.at("/summary/steps")).hasSize(s.turns().size());
        assertThat(json.at("/summary/steps/0/replyText").asText()).isEqualTo("Skipped");
        assertThat(json.at("/summary/escalation").asText()).isNotBlank();
        assertThat(json.get("text").asText()).contains("Steps tried:", "Result: not fixed; next: ");
        // the session itself went to standard error, with the summary as text to copy
        assertThat(err.toString()).contains("Summary for a support request").contains("Headset: ");

        out.getBuffer().setLength(0);
        assertThat(diagnose("", "--session", s.id(), "--json")).as("an ended session: its summary").isZero();
        assertThat(new ObjectMapper().readTree(out.toString()).get("text").asText()).isEqualTo(json.get("text").asText());
    }

    @Test
    void aDataDirectoryWithoutADatabaseSaysItCreatesOneOrRefusesWithNoCreate() throws IOException {
        Path typo = dir.resolve("dtaa");
        Path file = dir.resolve("answers.txt");
        Files.writeString(file, "q\n");
        CliRun refused = CliRun.of("diagnose", "--answers", file.toString(), "--data", typo.toString(), "--no-create",
                "--device", "sony-wh-1000xm2", "--host", "android", "--problem", "pairing-fails");

        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains("no database in " + typo).contains("--no-create")
                .doesNotContain("Exception");
        assertThat(typo.resolve("pairdoctor.db")).doesNotExist();

        CliRun created = CliRun.of("diagnose", "--answers", file.toString(), "--data", typo.toString(),
                "--device", "sony-wh-1000xm2", "--host", "android", "--problem", "pairing-fails");
        assertThat(created.err().replaceAll("\\s+", " ")).contains("no database in " + typo + ": creating one");
        assertThat(typo.resolve("pairdoctor.db")).exists();
        CliRun again = CliRun.of("diagnose", "--answers", file.toString(), "--data", typo.toString(), "--no-create",
                "--device", "sony-wh-1000xm2", "--host", "android", "--problem", "pairing-fails");
        assertThat(again.err()).doesNotContain("creating").doesNotContain("no database");
    }

    @Test
    void aSessionIdleForADayCountsAsAbandonedAndCannotBeContinued() throws IOException {
        diagnose("2\n", "--device", "sony-wh-1000xm2", "--host", "linux-gnome", "--problem", "linux-profile-unavailable");
        SessionRecord paused = stored().get(0);
        // Make it a day and a minute old, as if the person never came back.
        try (Database db = Database.openDirectory(dir.resolve("data"))) {
            db.write(h -> h.execute("UPDATE turns SET shown_at_us = shown_at_us - 86460000000, "
                    + "answered_at_us = answered_at_us - 86460000000"));
            db.write(h -> h.execute("UPDATE sessions SET started_at_us = started_at_us - 86460000000"));
        }

        err.getBuffer().setLength(0);
        int code = diagnose("1\n", "--session", paused.id());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("has already ended (abandoned: it was left idle for 24 hours");
        SessionRecord s = stored().get(0);
        assertThat(s.outcome()).isEqualTo(Outcome.ABANDONED);
        assertThat(s.endedAt()).as("ended at its last reply").isEqualTo(s.turns().get(s.turns().size() - 1).answeredAt());
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
