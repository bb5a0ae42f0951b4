package org.pairdoctor.cli;

import org.pairdoctor.core.knowledge.KnowledgeBase;
import org.pairdoctor.core.knowledge.KnowledgeError;
import org.pairdoctor.core.knowledge.KnowledgeException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code pairdoctor kb check [--kb DIR]}: validates the knowledge base, then runs its vignettes. Exit 0
 * with a one-line summary of counts (and one for the vignettes, when there are any); 1 listing every
 * error as {@code path:line:col: message}, or every failing vignette with its path; 2 for usage errors,
 * including a {@code --kb} that is not a directory.
 */
@Command(name = "kb", mixinStandardHelpOptions = true, description = "Knowledge base tools.",
        subcommands = {KbCommand.Check.class})
final class KbCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("pairdoctor kb: name a subcommand (check)");
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    /** The knowledge directory as the person named it, or the default shown relative to the working directory. */
    static Path directory(Path given) {
        if (given != null) {
            return given;
        }
        Path dir = Application.knowledgeDirectory(null);
        Path cwd = Path.of("").toAbsolutePath();
        Path abs = dir.toAbsolutePath().normalize();
        return abs.startsWith(cwd) && !abs.equals(cwd) ? cwd.relativize(abs) : dir;
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = {"Validates every file of the knowledge base: schema, ids, cross-references, probabilities;",
                    "then runs the vignettes (knowledge/vignettes/) and reports each failing case.",
                    "Exit 0: valid (prints counts). Exit 1: invalid (prints every error as path:line:col: message)",
                    "or a vignette fails (prints the path taken and the step where it went wrong).",
                    "Exit 2: usage error (e.g. --kb is not a directory)."})
    static final class Check implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--kb", paramLabel = "DIR",
                description = "The knowledge directory (default: $PAIRDOCTOR_KB, else <pairdoctor.home>/knowledge, else ./knowledge).")
        Path kb;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            Path dir = directory(kb);
            if (!Files.isDirectory(dir)) {
                err.println("pairdoctor kb check: " + dir + ": no such directory (give the knowledge base with --kb DIR)");
                return 2;
            }
            try {
                KnowledgeBase base = KnowledgeBase.load(dir);
                out.println(dir + ": OK: " + base.summary());
                out.println(dir + ": devices: " + devices(base));
                // The knowledge is valid; now the cases people live must still end as their authors expect.
                return VignetteCheck.check(dir, base, out, err);
            } catch (KnowledgeException e) {
                for (KnowledgeError error : e.errors()) {
                    err.println(error);
                }
                err.println(dir + ": " + e.errors().size() + (e.errors().size() == 1 ? " error" : " errors"));
                return 1;
            }
        }

        /** The devices by form, e.g. {@code over-ear: sony-wh-1000xm2, sony-wh-1000xm4; other: generic-headset}. */
        static String devices(KnowledgeBase base) {
            java.util.Map<String, java.util.List<String>> byForm = new java.util.TreeMap<>();
            base.devices().forEach(d -> byForm.computeIfAbsent(d.form().id(), f -> new java.util.ArrayList<>()).add(d.id()));
            return byForm.entrySet().stream().map(e -> e.getKey() + ": " + String.join(", ", e.getValue()))
                    .collect(java.util.stream.Collectors.joining("; "));
        }
    }
}
