package org.pairdoctor.cli;

import org.pairdoctor.core.PairdoctorException;
import org.pairdoctor.web.admin.AdminSettings;
import org.pairdoctor.web.admin.PasswordHash;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.concurrent.Callable;

/**
 * {@code pairdoctor admin ...}: tasks of the server's operator. {@code admin hash-password} reads a
 * new admin password (twice, without echo, on a terminal; else the first line of stdin) and prints
 * its PBKDF2 hash for {@value AdminSettings#PASSWORD_HASH_ENV}. The password never appears on the
 * command line, where other users could read it from the process list.
 */
@Command(name = "admin", mixinStandardHelpOptions = true,
        description = "Tasks for the operator of a pairdoctor server.",
        subcommands = AdminCommand.HashPassword.class)
final class AdminCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    @Command(name = "hash-password", mixinStandardHelpOptions = true,
            description = {"Reads a new admin password and prints its hash for " + AdminSettings.PASSWORD_HASH_ENV + ".",
                    "On a terminal it asks twice without echo; otherwise it reads the first line of stdin.",
                    "Example: export " + AdminSettings.PASSWORD_HASH_ENV + "=\"$(pairdoctor admin hash-password)\""})
    static final class HashPassword implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        /** Where a non-interactive password comes from; tests replace it. */
        BufferedReader stdin;

        @Override
        public Integer call() {
            char[] password = read();
            try {
                PasswordHash hash = PasswordHash.create(password, new SecureRandom(), PasswordHash.ITERATIONS);
                spec.commandLine().getOut().println(hash.encoded());
                spec.commandLine().getOut().flush();
                return 0;
            } finally {
                Arrays.fill(password, '\0');
            }
        }

        private char[] read() {
            Console console = stdin == null ? System.console() : null;
            if (console != null) {
                char[] first = console.readPassword("New admin password (at least %d characters): ",
                        PasswordHash.MIN_PASSWORD_LENGTH);
                char[] again = console.readPassword("Again: ");
                if (first == null || again == null) {
                    throw new PairdoctorException("no password given");
                }
                boolean same = Arrays.equals(first, again);
                Arrays.fill(again, '\0');
                if (!same) {
                    Arrays.fill(first, '\0');
                    throw new PairdoctorException("the two passwords differ; nothing was hashed");
                }
                return first;
            }
            BufferedReader in = stdin != null ? stdin
                    : new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            try {
                String line = in.readLine();
                if (line == null || line.isEmpty()) {
                    throw new PairdoctorException("no password on stdin: give it as the first line, e.g. "
                            + "printf '%s\\n' \"$PASSWORD\" | pairdoctor admin hash-password");
                }
                return line.toCharArray();
            } catch (IOException e) {
                throw new PairdoctorException("cannot read the password from stdin: " + e.getMessage());
            }
        }
    }
}
