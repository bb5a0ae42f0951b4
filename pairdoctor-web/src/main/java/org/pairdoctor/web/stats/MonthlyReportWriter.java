package org.pairdoctor.web.stats;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import org.pairdoctor.core.PairdoctorException;
import org.pairdoctor.core.statistics.MonthlyReport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link MonthlyReport} as {@code index.html} with its charts as PNG files beside it, in one
 * directory that can be copied or mailed as it is (no JavaScript, no external resources). The HTML
 * comes from the template {@code monthly-report.jte}, with the same engine (and escaping) as the pages.
 */
public final class MonthlyReportWriter {
    private static final TemplateEngine TEMPLATES = TemplateEngine.createPrecompiled(ContentType.Html);

    private MonthlyReportWriter() {
    }

    /** Writes the report into {@code dir} (created if needed) and returns the HTML file. */
    public static Path write(MonthlyReport r, Path dir) {
        return write(r, dir, Map.of());
    }

    /** As {@link #write(MonthlyReport, Path)}, naming the headsets ({@code names}: by device id). */
    public static Path write(MonthlyReport r, Path dir, Map<String, String> names) {
        try {
            Files.createDirectories(dir);
            List<MonthlyReportPage.StepChart> charts = new ArrayList<>();
            if (r.thisMonth().overall().sessions() > 0) {
                Files.write(dir.resolve("months.png"), Charts.months(r.year()));
                Files.write(dir.resolve("time-to-connected.png"),
                        Charts.timeToConnected(r.thisMonth().overall().timeToConnected()));
                for (String problem : r.thisMonth().problems().keySet()) {
                    var steps = r.thisMonth().steps(problem);
                    if (steps.isEmpty()) {
                        continue;
                    }
                    String file = "steps-" + (charts.size() + 1) + ".png";
                    Files.write(dir.resolve(file), Charts.steps("Steps of " + problem + " in " + r.month(), steps, 12));
                    charts.add(new MonthlyReportPage.StepChart(problem, file));
                }
            }
            StringOutput html = new StringOutput();
            TEMPLATES.render("monthly-report.jte", new MonthlyReportPage(r, charts, names), html);
            Path file = dir.resolve("index.html");
            Files.writeString(file, html.toString(), StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new PairdoctorException("cannot write the report into " + dir + ": " + e.getMessage(), e);
        }
    }
}
