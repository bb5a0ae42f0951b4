package org.pairdoctor.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.pairdoctor.core.knowledge.KnowledgeBase;
import org.pairdoctor.core.learning.LearnedParameters;
import org.pairdoctor.core.learning.Learner;
import org.pairdoctor.core.learning.LearningRun;
import org.pairdoctor.core.learning.LearningSettings;
import org.pairdoctor.core.learning.ParameterChange;
import org.pairdoctor.core.learning.ParameterVersions;
import org.pairdoctor.store.Database;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code pairdoctor learn [--dry-run]}: learns the models' numbers from the stored sessions (EM, the
 * knowledge base as prior), prints the largest moves and saves them as a new version, which running
 * servers pick up without a restart. {@code learn --list} lists the versions; {@code learn --rollback
 * VERSION} saves a new version equal to an old one (0: the knowledge base's own numbers), which
 * servers follow the same way. Exit 0 (also when there is nothing to learn from), 1 when the
 * database or knowledge base cannot be used or the version does not exist, 2 for usage errors.
 */
@Command(name = "learn", mixinStandardHelpOptions = true,
        description = {"Learns probabilities from stored outcomes and shows the largest moves before applying them.",
                "Running servers pick up the new version within a minute, without a restart.",
                "--list shows the saved versions; --rollback VERSION makes an earlier version's numbers the ones"
                        + " in use again, by saving them as a new version (0: the knowledge base's own numbers)."})
final class LearnCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--dry-run", description = "Show what would change; save nothing.")
    boolean dryRun;

    @Option(names = "--list", description = "List the saved versions, newest (the one in use) first; learn nothing.")
    boolean list;

    @Option(names = "--rollback", paramLabel = "VERSION", description = "Use VERSION's numbers again (0: the knowledge"
            + " base's own), saved as a new version; learn nothing. Running servers follow within a minute.")
    Long rollback;

    // A mixin, not a group: picocli reports --data with --db inside a nested group as two matches.
    @picocli.CommandLine.Mixin
    StorageOptions storage;

    @Option(names = "--kb", paramLabel = "DIR", description = "The knowledge directory (default: $PAIRDOCTOR_KB, else ./knowledge).")
    Path kb;

    @Option(names = "--top", paramLabel = "N", defaultValue = "15", description = "How many of the largest moves to show (default: ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--half-life-days", paramLabel = "DAYS", defaultValue = "180", description = "Sessions this old count half (default: ${DEFAULT-VALUE}).")
    double halfLifeDays;

    @Option(names = "--pseudo-count", paramLabel = "K", defaultValue = "10", description = "Weight of the knowledge base's numbers, in sessions (default: ${DEFAULT-VALUE}).")
    double pseudoCount;

    @Option(names = "--json", description = "Print the result as JSON on stdout.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (top < 0 || !(halfLifeDays > 0) || !(pseudoCount > 0)) {
            err.println("pairdoctor learn: --top must be >= 0, --half-life-days and --pseudo-count > 0");
            return 2;
        }
        if ((list ? 1 : 0) + (rollback != null ? 1 : 0) + (dryRun ? 1 : 0) > 1) {
            err.println("pairdoctor learn: --list, --rollback and --dry-run go one at a time");
            return 2;
        }
        Path kbDir = KbCommand.directory(kb);
        if (!Files.isDirectory(kbDir)) {
            err.println("pairdoctor learn: " + kbDir + ": no such directory (give the knowledge base with --kb DIR)");
            return 2;
        }
        LearningSettings settings = LearningSettings.defaults().withPseudoCount(pseudoCount)
                .withHalfLife(Duration.ofSeconds(Math.round(halfLifeDays * 86400)));
        try (Application app = Application.open(kbDir, storage)) {
            Database database = app.database();
            if (list || rollback != null) {
                return new VersionsOutput(out, json).run(new ParameterVersions(app.parameters()), database.displayUrl(),
                        rollback);
            }
            // Learns against the knowledge base's own numbers (the prior), from every stored session.
            LearningRun run = new LearningRun(settings, app.knowledge(), app.sessionStore(), app.parameters(),
                    app.clock());
            LearningRun.Proposal proposal = run.propose();
            Learner.Result result = proposal.result();
            LearnedParameters before = proposal.before();
            List<ParameterChange> changes = proposal.changes();
            LearnedParameters saved = dryRun ? null : run.apply(proposal).orElse(null);
            if (json) {
                printJson(out, result, before, changes, saved);
            } else {
                printText(out, database, result, before, changes, saved);
            }
            return 0;
        }
    }

    /** Every number that moved, on every host that has sessions, largest move first. */
    static List<ParameterChange> changes(KnowledgeBase knowledge, LearnedParameters before, LearnedParameters after) {
        return LearningRun.changes(knowledge, before, after);
    }

    private void printText(PrintWriter out, Database database, Learner.Result result, LearnedParameters before,
                           List<ParameterChange> changes, LearnedParameters saved) {
        out.println("Learned from " + result.sessionsUsed() + " sessions in " + database.displayUrl()
                + (result.sessionsSkipped() > 0 ? " (" + result.sessionsSkipped() + " skipped: still running or"
                + " of problems the knowledge base no longer has)" : "")
                + "; EM converged in " + result.iterations() + " iterations.");
        if (result.sessionsUsed() == 0) {
            out.println("Nothing to learn from yet: the models keep the knowledge base's numbers.");
            return;
        }
        String against = before.version() == 0 ? "the knowledge base" : "version " + before.version();
        if (changes.isEmpty()) {
            out.println("No number moved against " + against + ".");
        } else {
            out.println("Largest moves against " + against + ":");
            for (ParameterChange c : changes.subList(0, Math.min(top, changes.size()))) {
                out.println("  " + c.where() + ": " + c.describe());
            }
            if (changes.size() > top) {
                out.println("  ... and " + (changes.size() - top) + " smaller moves");
            }
        }
        if (dryRun) {
            out.println("Dry run: nothing saved.");
        } else if (saved != null) {
            out.println("Saved as version " + saved.version()
                    + "; running servers pick it up within a minute, without a restart.");
        }
    }

    private void printJson(PrintWriter out, Learner.Result result, LearnedParameters before,
                           List<ParameterChange> changes, LearnedParameters saved) throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sessions", result.sessionsUsed());
        body.put("skipped", result.sessionsSkipped());
        body.put("iterations", result.iterations());
        body.put("previousVersion", before.version());
        body.put("savedVersion", saved == null ? null : saved.version());
        body.put("dryRun", dryRun);
        List<Map<String, Object>> list = new ArrayList<>();
        for (ParameterChange c : changes.subList(0, Math.min(top, changes.size()))) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("problem", c.problem());
            m.put("host", c.host());
            m.put("device", c.device());
            m.put("kind", c.kind().name().toLowerCase(Locale.ROOT));
            m.put("cause", c.cause());
            m.put("step", c.step());
            m.put("answer", c.answer());
            m.put("before", c.before());
            m.put("after", c.after());
            m.put("effectiveSampleSize", c.n());
            m.put("text", c.describe());
            list.add(m);
        }
        body.put("changes", list);
        out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(body));
    }
}
