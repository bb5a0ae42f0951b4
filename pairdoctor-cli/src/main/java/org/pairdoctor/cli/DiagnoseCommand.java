package org.pairdoctor.cli;

import org.pairdoctor.cli.terminal.GuidedTerminal;
import org.pairdoctor.cli.terminal.JlinePrompter;
import org.pairdoctor.cli.terminal.KnowledgeBaseTerminal;
import org.pairdoctor.cli.terminal.LinePrompter;
import org.pairdoctor.cli.terminal.Prompter;
import org.pairdoctor.cli.terminal.TerminalKnowledge;
import org.pairdoctor.core.PairdoctorException;
import org.pairdoctor.core.session.GuidedSession;
import org.pairdoctor.core.session.Outcome;
import org.pairdoctor.core.session.SessionService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "diagnose", mixinStandardHelpOptions = true,
        description = {"A guided troubleshooting session in the terminal.",
                "Answers: a number, or a reply code (worked, did-not-help, skipped, accepted, answer:ID); q pauses "
                        + "(continue later with --session ID).",
                "Exit code 0 when the session ends fixed or escalated, 1 when it is paused (q, Ctrl-C, end of input)."})
final class DiagnoseCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--device", paramLabel = "ID", description = "The headset (asked when missing).")
    String device;

    @Option(names = "--host", paramLabel = "ID", description = "The phone or computer, e.g. android-samsung (asked when missing).")
    String host;

    @Option(names = "--problem", paramLabel = "ID", description = "What goes wrong (asked when missing).")
    String problem;

    @Option(names = "--session", paramLabel = "ID", description = "Continue a stored session (e.g. one `connect` handed over).")
    String session;

    @Option(names = "--answers", paramLabel = "FILE", description = "Read the answers from FILE, one per line (scripted runs).")
    Path answers;

    @picocli.CommandLine.ArgGroup(exclusive = true)
    StorageOptions storage;

    @Option(names = "--kb", paramLabel = "DIR", description = "Knowledge base directory (default: the bundled one).")
    Path kb;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        try (Application app = Application.open(kb, storage); Prompter prompter = prompter(out)) {
            TerminalKnowledge knowledge = new KnowledgeBaseTerminal(app.knowledge());
            // The learned parameters, each session with its own version: as the web showed it.
            SessionService service = app.sessions();
            GuidedTerminal terminal = new GuidedTerminal(service, knowledge, prompter, out, Clock.systemUTC());
            GuidedSession started;
            if (session != null) {
                started = service.load(session);
                if (started.ended()) {
                    throw new PairdoctorException("session '" + session + "' has already ended ("
                            + started.record().outcome().name().toLowerCase(java.util.Locale.ROOT) + ")");
                }
            } else {
                Optional<String> d = pick(terminal, "headset", device, knowledge.devices());
                Optional<String> h = d.isEmpty() ? d : pick(terminal, "phone or computer", host, knowledge.hosts());
                Optional<String> p = h.isEmpty() ? h : pick(terminal, "problem", problem, knowledge.problems(d.get()));
                if (p.isEmpty()) {
                    out.println("No answer given; nothing was started.");
                    return 1;
                }
                started = service.start(d.get(), h.get(), p.get(), "terminal", Map.of());
            }
            out.println("Session " + started.record().id() + " (q or Ctrl-C pauses it; --session " + started.record().id() + " continues it).");
            Outcome outcome = terminal.run(started);
            return outcome == Outcome.FIXED || outcome == Outcome.ESCALATED ? 0 : 1;
        }
    }

    private Prompter prompter(PrintWriter out) throws IOException {
        if (answers != null) {
            if (!Files.isReadable(answers)) {
                throw new PairdoctorException("cannot read the answers file " + answers);
            }
            return new LinePrompter(Files.newBufferedReader(answers, StandardCharsets.UTF_8), out);
        }
        if (System.console() != null) {
            return JlinePrompter.system();
        }
        return LinePrompter.standardInput(out);
    }

    /** The given id when valid, else asks; an unknown id is an error naming the valid ones. */
    private static Optional<String> pick(GuidedTerminal terminal, String what, String given,
                                         List<TerminalKnowledge.Entry> entries) {
        if (given != null) {
            if (entries.stream().noneMatch(e -> e.id().equals(given))) {
                throw new PairdoctorException("unknown " + what + " '" + given + "'; choose one of "
                        + String.join(", ", entries.stream().map(TerminalKnowledge.Entry::id).toList()));
            }
            return Optional.of(given);
        }
        if (entries.size() == 1) {
            return Optional.of(entries.get(0).id());
        }
        return terminal.choose(what, entries);
    }
}
