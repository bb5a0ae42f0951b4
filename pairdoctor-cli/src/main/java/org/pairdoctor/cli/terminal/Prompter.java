package org.pairdoctor.cli.terminal;

import java.util.Optional;

/** Where the answers of a terminal session come from: a person at a terminal, a file, or a pipe. */
public interface Prompter extends AutoCloseable {
    /**
     * Shows {@code prompt} and reads one line.
     *
     * @return the line, trimmed; empty at end of input (EOF, Ctrl-D)
     * @throws Interrupted when the user pressed Ctrl-C
     */
    Optional<String> ask(String prompt);

    /** True when a person answers (prompts may wait); false for files and pipes. */
    boolean interactive();

    /** The terminal the person answers at (its width, whether it takes colour); null for files and pipes. */
    default org.jline.terminal.Terminal terminal() {
        return null;
    }

    @Override
    void close();

    /** The user pressed Ctrl-C. */
    final class Interrupted extends RuntimeException {
        public Interrupted() {
            super("interrupted", null, false, false);
        }
    }
}
