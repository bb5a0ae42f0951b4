package org.pairdoctor.cli;

import org.junit.jupiter.api.Test;
import org.pairdoctor.core.PairdoctorException;
import org.pairdoctor.web.admin.PasswordHash;
import picocli.CommandLine;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

class AdminCommandTest {
    record Run(int exit, String out, String err) {
    }

    static Run hashPassword(String stdin) {
        CommandLine cl = new CommandLine(new AdminCommand());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        cl.setExecutionExceptionHandler((e, c, p) -> {
            c.getErr().println("pairdoctor: " + e.getMessage());
            return e instanceof PairdoctorException ? 1 : 70;
        });
        AdminCommand.HashPassword sub = cl.getSubcommands().get("hash-password").getCommand();
        sub.stdin = new BufferedReader(new StringReader(stdin));
        int exit = cl.execute("hash-password");
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void printsAHashThatMatchesThePasswordOnlyAndNeverThePassword() {
        Run r = hashPassword("correct horse battery staple\n");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).doesNotContain("correct horse").startsWith("pbkdf2-sha256:600000:").doesNotContain("$");
        PasswordHash hash = PasswordHash.parse(r.out().strip());
        assertThat(hash.matches("correct horse battery staple".toCharArray())).isTrue();
        assertThat(hash.matches("correct horse battery stapl".toCharArray())).isFalse();
        assertThat(hashPassword("correct horse battery staple\n").out()).as("a fresh salt each time")
                .isNotEqualTo(r.out());
    }

    @Test
    void aShortOrMissingPasswordIsRefusedWithAReason() {
        Run shortOne = hashPassword("hunter2\n");
        assertThat(shortOne.exit()).isEqualTo(1);
        assertThat(shortOne.err()).contains("at least 12 characters");
        assertThat(shortOne.out()).isEmpty();
        Run none = hashPassword("");
        assertThat(none.exit()).isEqualTo(1);
        assertThat(none.err()).contains("no password on stdin");
    }
}
