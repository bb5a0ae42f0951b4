package org.pairdoctor.cli.terminal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Reads answers line by line from a file or a pipe (scripted runs). Echoes each answer after its
 * prompt, so the transcript reads like an interactive session. Blank lines are ignored.
 */
public final class LinePrompter implements Prompter {
    private final BufferedReader in;
    private final PrintWriter out;
    private final boolean ownsInput;

    /** Reads {@code in} (a file) and closes it when done. */
    public LinePrompter(BufferedReader in, PrintWriter out) {
        this(in, out, true);
    }

    private LinePrompter(BufferedReader in, PrintWriter out, boolean ownsInput) {
        this.in = in;
        this.out = out;
        this.ownsInput = ownsInput;
    }

    /** Reads standard input (a pipe); never closes it, since the process does not own it. */
    public static LinePrompter standardInput(PrintWriter out) {
        return new LinePrompter(new BufferedReader(new java.io.InputStreamReader(System.in,
                java.nio.charset.StandardCharsets.UTF_8)), out, false);
    }

    @Override
    public Optional<String> ask(String prompt) {
        try {
            String line;
            do {
                line = in.readLine();
            } while (line != null && line.isBlank());
            out.println(prompt + (line == null ? "" : line.trim()));
            out.flush();
            return Optional.ofNullable(line).map(String::trim);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the answers", e);
        }
    }

    @Override
    public boolean interactive() {
        return false;
    }

    @Override
    public void close() {
        if (!ownsInput) {
            return;
        }
        try {
            in.close();
        } catch (IOException ignored) {
            // nothing left to read anyway
        }
    }
}
