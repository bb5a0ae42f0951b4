package org.pairdoctor.cli;

import org.pairdoctor.core.knowledge.KnowledgeBase;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code pairdoctor vignettes [--kb DIR] [--json] [--problem P] [--api URL]}: runs the knowledge base's regression
 * suite ({@code knowledge/vignettes/}), in process or (with {@code --api}) over a running server's REST API. Exit 0 when every case passes (known failures still failing
 * are allowed), 1 when a case fails or a file is invalid, 2 for usage errors.
 */
@Command(name = "vignettes", mixinStandardHelpOptions = true,
        description = {"Runs the vignettes: cases a person lives, walked through a guided session with the app's planner.",
                "Prints each case and, for a failure, the path taken and the step where it went wrong.",
                "Exit 0: all pass. Exit 1: a case fails, or a vignettes file is invalid (path:line:col: message)."})
final class VignettesCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--kb", paramLabel = "DIR", description = "The knowledge directory (default as for kb check).")
    Path kb;

    @Option(names = "--json", description = "Write the results as JSON to stdout.")
    boolean json;

    @Option(names = "--problem", paramLabel = "P", description = "Run only the cases of this problem.")
    String problem;

    @Option(names = "--api", paramLabel = "URL", description = {
            "Walk the cases over the REST API of the server at URL (e.g. http://127.0.0.1:8080/) instead of in process.",
            "The server must serve the same knowledge base, without rate limits for this address (each case is a session)."})
    String api;

    @Override
    public Integer call() {
        Path dir = KbCommand.directory(kb);
        if (!Files.isDirectory(dir)) {
            spec.commandLine().getErr().println("pairdoctor vignettes: " + dir
                    + ": no such directory (give the knowledge base with --kb DIR)");
            return 2;
        }
        Optional<URI> server = Optional.empty();
        if (api != null) {
            server = serverRoot(api);
            if (server.isEmpty()) {
                spec.commandLine().getErr().println("pairdoctor vignettes: --api " + api
                        + ": not an http:// or https:// URL of a server (e.g. http://127.0.0.1:8080/)");
                return 2;
            }
        }
        KnowledgeBase base = KnowledgeBase.load(dir);
        if (problem != null && base.problem(problem).isEmpty()) {
            spec.commandLine().getErr().println("pairdoctor vignettes: unknown problem '" + problem + "'; choose one of "
                    + String.join(", ", base.problems().stream().map(p -> p.id()).toList()));
            return 1;
        }
        return VignetteCheck.run(dir, base, Optional.ofNullable(problem), server, json, spec.commandLine().getOut(),
                spec.commandLine().getErr());
    }

    /** The server's root ({@code http[s]://host[:port]/}), or empty for anything that is not one. */
    static Optional<URI> serverRoot(String url) {
        try {
            URI u = new URI(url);
            if (u.getScheme() == null || !List.of("http", "https").contains(u.getScheme().toLowerCase(java.util.Locale.ROOT))
                    || u.getHost() == null) {
                return Optional.empty();
            }
            return Optional.of(u.resolve("/"));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
