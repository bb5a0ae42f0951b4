package org.pairdoctor.cli;

import org.pairdoctor.core.knowledge.KnowledgeBase;
import org.pairdoctor.core.model.Action;
import org.pairdoctor.core.model.Cause;
import org.pairdoctor.core.model.ModelJson;
import org.pairdoctor.core.model.Question;
import org.pairdoctor.core.model.TroubleshootingModel;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/**
 * {@code pairdoctor model PROBLEM [--host H] [--device D] [--kb DIR] [--json]}: the flattened
 * troubleshooting model of a problem for a host and headset, with context modifiers applied and only the
 * causes and steps that exist for that headset. {@code --json} writes the contract format
 * of {@code design/troubleshooting.md} to stdout alone; without it, a readable summary.
 */
@Command(name = "model", mixinStandardHelpOptions = true,
        description = {"Prints the flattened troubleshooting model of a problem for a host and headset.",
                "Without --host: the generic model (no host-specific modifiers or steps).",
                "Without --device: the default headset (" + KnowledgeBase.DEFAULT_DEVICE + ")."})
final class ModelCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROBLEM", description = "A problem id (see knowledge/problems/).")
    String problem;

    @Option(names = "--host", paramLabel = "H", defaultValue = KnowledgeBase.GENERIC_HOST,
            description = "A host id (e.g. android-samsung, windows-11, linux-gnome). Default: ${DEFAULT-VALUE}.")
    String host;

    @Option(names = "--device", paramLabel = "D",
            description = "A device id (see knowledge/devices/, e.g. sony-wh-1000xm4, generic-headset).")
    String device;

    @Option(names = "--kb", paramLabel = "DIR", description = "The knowledge directory (default as for kb check).")
    Path kb;

    @Option(names = "--json", description = "Write the model JSON (the contract format) to stdout.")
    boolean json;

    @Override
    public Integer call() {
        Path dir = KbCommand.directory(kb);
        if (!Files.isDirectory(dir)) {
            spec.commandLine().getErr().println("pairdoctor model: " + dir
                    + ": no such directory (give the knowledge base with --kb DIR)");
            return 2;
        }
        TroubleshootingModel model = KnowledgeBase.load(dir, CheckRecordFiles.forThisBuild()).model(problem, host, device);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(ModelJson.write(model));
        } else {
            table(model, out);
        }
        out.flush();
        return 0;
    }

    private static void table(TroubleshootingModel m, PrintWriter out) {
        out.println("problem " + m.problem() + "   host " + m.context().getOrDefault("host", "?") + "   device "
                + m.context().getOrDefault("device", "?"));
        out.println("causes (prior):");
        for (Cause c : m.causes()) {
            out.printf(Locale.ROOT, "  %6.3f  %s%n", c.prior(), c.id());
        }
        out.println("actions (cost in seconds = effort + " + Action.WAIT_WEIGHT + " x waiting, P(fix | cause)); "
                + "all numbers are estimates:");
        for (Action a : m.actions()) {
            String waits = a.waitSeconds() > 0
                    ? String.format(Locale.ROOT, " (%.0fs effort + %.0fs waiting)", a.effortSeconds(), a.waitSeconds()) : "";
            out.printf(Locale.ROOT, "  %6.0fs  %s%s%s  %s%n", a.seconds(), a.id(), waits,
                    a.destructive() ? " [destructive]" : "", probabilities(a.fixes()));
        }
        out.println("questions (seconds, answers):");
        for (Question q : m.questions()) {
            out.printf(Locale.ROOT, "  %6.0fs  %s  %s%n", q.seconds(), q.id(),
                    q.answers().stream().map(a -> a.id()).collect(Collectors.joining(" | ")));
        }
        out.printf(Locale.ROOT, "escalation: %s (%s, %.0fs: its full cost to the person, an estimate)%n",
                m.escalation().id(), m.escalation().kind().id(), m.escalation().seconds());
        if (!m.staticOrder().isEmpty()) {
            out.println("static order: " + String.join(", ", m.staticOrder()));
        }
    }

    private static String probabilities(Map<String, Double> p) {
        return p.entrySet().stream().map(e -> e.getKey() + " " + String.format(Locale.ROOT, "%.2f", e.getValue()))
                .collect(Collectors.joining(", "));
    }
}
