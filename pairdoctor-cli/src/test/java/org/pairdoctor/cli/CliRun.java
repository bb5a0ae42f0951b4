package org.pairdoctor.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/** Runs {@link Main#run} with captured output, for command tests. */
record CliRun(int exit, String out, String err) {
    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new CliRun(code, out.toString(), err.toString());
    }

    /** The repository root, as surefire sets it. */
    static Path repoRoot() {
        String root = System.getenv("PAIRDOCTOR_REPO_ROOT");
        if (root == null) {
            throw new IllegalStateException("PAIRDOCTOR_REPO_ROOT is not set (surefire sets it to the repository root)");
        }
        return Path.of(root);
    }

    static Path minimalKnowledge() {
        return repoRoot().resolve("pairdoctor-core/src/test/resources/kb/minimal");
    }

    static Path shippedKnowledge() {
        return repoRoot().resolve("knowledge");
    }
}
