package org.pairdoctor.cli;

import org.pairdoctor.cli.terminal.GuidedTerminal;
import org.pairdoctor.cli.terminal.JlinePrompter;
import org.pairdoctor.cli.terminal.KnowledgeBaseTerminal;
import org.pairdoctor.cli.terminal.LinePrompter;
import org.pairdoctor.cli.terminal.Prompter;
import org.pairdoctor.cli.terminal.Screen;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.pairdoctor.core.prompt.SupportSummary;
import org.pairdoctor.core.session.Abandonment;
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
                "Answers: a number, or a reply code (worked, did-not-help, skipped, accepted, answer:ID).",
                "q or Ctrl-C pauses: the answers are kept, and --session ID (or the browser at /s/ID) continues "
                        + "it until it has been idle for 24 hours; then it counts as abandoned.",
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

    // A mixin, not a group: picocli reports --data with --db inside a nested group as two matches.
    @picocli.CommandLine.Mixin
    StorageOptions storage;

    @Option(names = "--kb", paramLabel = "DIR", description = "Knowledge base directory (default: the bundled one).")
    Path kb;

    @Option(names = "--json", description = "Print the outcome and the support summary as JSON on standard output "
            + "(the session itself is shown on standard error). With --session of an ended session: just its summary.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter shown = json ? spec.commandLine().getErr() : out;
        try (Prompter prompter = prompter(shown)) {
            Screen notices = Screen.of(spec.commandLine().getErr(), prompter.terminal(), System.getenv());
            StorageOptions where = StorageOptions.announce(storage, notices::text);
            notices.flush();
            try (Application app = Application.open(kb, where)) {
                return diagnose(out, app, prompter, Screen.of(shown, prompter.terminal(), System.getenv()));
            }
        }
    }

    private int diagnose(PrintWriter out, Application app, Prompter prompter, Screen screen) {
        TerminalKnowledge knowledge = new KnowledgeBaseTerminal(app.knowledge());
        // The learned parameters, each session with its own version: as the web showed it.
        SessionService service = app.sessions();
        GuidedTerminal terminal = new GuidedTerminal(service, knowledge, prompter, screen, Clock.systemUTC());
        GuidedSession started;
        if (session != null) {
            started = service.load(session);
            if (started.ended()) {
                return ended(out, terminal, started);
            }
        } else {
            Optional<String> d = pick(terminal, "headset", device, knowledge.devices());
            Optional<String> h = d.isEmpty() ? d : pick(terminal, "phone or computer", host, knowledge.hosts());
            Optional<String> p = h.isEmpty() ? h : pick(terminal, "problem", problem, knowledge.problems(d.get()));
            if (p.isEmpty()) {
                screen.blank();
                screen.text("Stopped before a session was started: nothing was stored.");
                screen.flush();
                return 1;
            }
            started = service.start(d.get(), h.get(), p.get(), "terminal", Map.of());
        }
        Outcome outcome = terminal.run(started);
        if (json) {
            printJson(out, terminal, service.load(started.record().id()));
        }
        return outcome == Outcome.FIXED || outcome == Outcome.ESCALATED ? 0 : 1;
    }

    /** A session that has ended cannot go on: its summary (JSON with --json), and why it cannot. */
    private int ended(PrintWriter out, GuidedTerminal terminal, GuidedSession s) {
        Outcome outcome = s.record().outcome();
        if (json) {
            printJson(out, terminal, s);
            return 0;
        }
        if (outcome == Outcome.ESCALATED || outcome == Outcome.FIXED) {
            terminal.summary(terminal.summaryOf(s.record()));
        }
        String why = outcome == Outcome.ABANDONED
                ? "abandoned: it was left idle for " + Abandonment.IDLE_LIMIT_TEXT + " or more; start a new one"
                : outcome.name().toLowerCase(java.util.Locale.ROOT);
        throw new PairdoctorException("session '" + session + "' has already ended (" + why + ")");
    }

    private static void printJson(PrintWriter out, GuidedTerminal terminal, GuidedSession s) {
        SupportSummary summary = terminal.summaryOf(s.record());
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("session", s.record().id());
        root.put("outcome", s.record().outcome().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        if (!s.ended()) {
            root.put("continueWith", "pairdoctor diagnose --session " + s.record().id());
        }
        ObjectNode o = root.putObject("summary");
        o.put("headset", summary.headset());
        o.put("host", summary.host());
        o.put("problem", summary.problem());
        o.put("startedAt", summary.startedAt().toString());
        var steps = o.putArray("steps");
        for (SupportSummary.Tried t : summary.steps()) {
            steps.addObject().put("number", t.number()).put("step", t.stepId()).put("title", t.title())
                    .put("reply", t.reply()).put("replyText", t.replyText());
        }
        o.put("fixedBy", summary.fixedBy());
        o.put("escalation", summary.escalation());
        o.put("contact", summary.contact());
        root.put("text", summary.text());
        try {
            out.println(mapper.writeValueAsString(root));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write the summary as JSON", e);
        }
        out.flush();
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
