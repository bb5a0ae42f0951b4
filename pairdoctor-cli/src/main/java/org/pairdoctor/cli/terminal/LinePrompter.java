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

    public LinePrompter(BufferedReader in, PrintWriter out) {
        this.in = in;
        this.out = out;
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
        try {
            in.close();
        } catch (IOException ignored) {
            // nothing left to read anyway
        }
    }
}
