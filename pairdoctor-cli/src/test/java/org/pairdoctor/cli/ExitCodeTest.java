package org.pairdoctor.cli;

import org.junit.jupiter.api.Test;
import org.pairdoctor.core.Failure;

import static org.assertj.core.api.Assertions.assertThat;

/** Failures become exit codes in one place ({@link Main#exitCode}), by their kind. */
class ExitCodeTest {
    @Test
    void everyKindHasItsCodeAndOnlyAnUnavailableResourceSaysTryAgain() {
        for (Failure f : Failure.values()) {
            assertThat(Main.exitCode(f)).as(f.name()).isEqualTo(f == Failure.UNAVAILABLE ? 3 : 1);
        }
    }

    @Test
    void aDatabaseThatDoesNotAnswerIsExitThreeWithoutAStackTraceOrThePassword() {
        CliRun run = CliRun.of("learn", "--db", "jdbc:postgresql://127.0.0.1:1/pairdoctor?user=x&password=secret");
        assertThat(run.exit()).as(run.err()).isEqualTo(3);
        assertThat(run.err()).contains("pairdoctor: cannot connect to the database").doesNotContain("secret")
                .doesNotContain("Exception");
    }

    @Test
    void anUnsupportedDatabaseUrlIsTheCallersMistakeExitOne() {
        CliRun run = CliRun.of("learn", "--db", "jdbc:mysql://localhost/x");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("unsupported database URL");
    }
}
