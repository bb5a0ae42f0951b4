package org.pairdoctor.cli;

import org.pairdoctor.core.engine.Planners;
import org.pairdoctor.core.knowledge.Device;
import org.pairdoctor.core.knowledge.KnowledgeBase;
import org.pairdoctor.core.learning.LearningSettings;
import org.pairdoctor.core.statistics.MonthlyReport;
import org.pairdoctor.store.JdbcOutcomeQueries;
import org.pairdoctor.web.stats.MonthlyReportWriter;
import org.pairdoctor.web.stats.StatisticsModuleProvider;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;

/**
 * {@code pairdoctor report --month YYYY-MM --out DIR [--device ID]}: the monthly report as
 * {@code DIR/index.html} with its charts as PNG files: data quality against the month before, the
 * figures by headset, steps that moved in each headset's planner order and why, steps whose success
 * rate moved; with {@code --device}, only that headset's sessions. A month without data gives a
 * report that says so. Exit 0 written, 1 database/knowledge/output failure, 2 usage error (a bad
 * month, an unknown headset).
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Writes the monthly report (HTML with PNG charts) of the stored sessions.")
final class ReportCommand implements Callable<Integer> {
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--month", required = true, paramLabel = "YYYY-MM", description = "The month to report (UTC), e.g. 2026-11.")
    String month;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory to write index.html and the charts into (created if needed).")
    Path out;

    // A mixin, not a group: picocli reports --data with --db inside a nested group as two matches.
    @picocli.CommandLine.Mixin
    StorageOptions storage;

    @Option(names = "--device", paramLabel = "ID",
            description = "Report on one headset only: a device id of the knowledge base, e.g. sony-wh-1000xm4.")
    String device;

    @Option(names = "--kb", paramLabel = "DIR", description = "The knowledge directory (default: $PAIRDOCTOR_KB, else ./knowledge).")
    Path kb;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        YearMonth m;
        try {
            if (!MONTH.matcher(month).matches()) {
                throw new DateTimeParseException("not YYYY-MM", month, 0);
            }
            m = YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            err.println("pairdoctor report: --month '" + month + "' is not a month: expected YYYY-MM, e.g. 2026-11");
            return 2;
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            err.println("pairdoctor report: --out " + out + " is a file, not a directory");
            return 2;
        }
        Path kbDir = KbCommand.directory(kb);
        if (!Files.isDirectory(kbDir)) {
            err.println("pairdoctor report: " + kbDir + ": no such directory (give the knowledge base with --kb DIR)");
            return 2;
        }
        try (Application app = Application.open(kbDir, storage)) {
            KnowledgeBase knowledge = app.knowledge();
            if (device != null && knowledge.device(device).isEmpty()) {
                // An option value like --month: a usage error, named with the ids that would do.
                err.println("pairdoctor report: --device '" + device + "' is not a headset of " + kbDir
                        + "; known headsets: "
                        + String.join(", ", knowledge.devices().stream().map(Device::id).toList()));
                return 2;
            }
            MonthlyReport report = MonthlyReport.build(m, app.sessionStore(),
                    new JdbcOutcomeQueries(app.database()), knowledge, Planners.standard(),
                    LearningSettings.defaults(), device, StatisticsModuleProvider.families(knowledge));
            Map<String, String> names = new LinkedHashMap<>();
            knowledge.devices().forEach(d -> names.put(d.id(), d.name()));
            Path file = MonthlyReportWriter.write(report, out, names);
            spec.commandLine().getOut().println("Wrote " + file + " (" + report.thisMonth().overall().sessions()
                    + " sessions in " + m + (device == null ? "" : " with " + names.get(device)) + ")");
            return 0;
        }
    }
}
