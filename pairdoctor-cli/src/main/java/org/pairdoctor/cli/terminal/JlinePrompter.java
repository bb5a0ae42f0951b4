package org.pairdoctor.cli.terminal;

import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/** Reads answers from a person at a terminal with JLine: line editing, history, Ctrl-C and Ctrl-D handled. */
public final class JlinePrompter implements Prompter {
    private final Terminal terminal;
    private final LineReader reader;

    private JlinePrompter(Terminal terminal) {
        this.terminal = terminal;
        this.reader = LineReaderBuilder.builder().terminal(terminal).build();
    }

    /** The process's own terminal. */
    public static JlinePrompter system() {
        try {
            return new JlinePrompter(TerminalBuilder.builder().system(true).build());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the terminal", e);
        }
    }

    @Override
    public Terminal terminal() {
        return terminal;
    }

    @Override
    public Optional<String> ask(String prompt) {
        try {
            return Optional.of(reader.readLine(prompt).trim());
        } catch (UserInterruptException e) {
            throw new Interrupted();
        } catch (EndOfFileException e) {
            return Optional.empty();
        }
    }

    @Override
    public boolean interactive() {
        return true;
    }

    @Override
    public void close() {
        try {
            terminal.close();
        } catch (IOException ignored) {
            // the terminal goes away with the process
        }
    }
}
