package org.pairdoctor.web.stats;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.Styler;
import org.pairdoctor.core.statistics.DurationSummary;
import org.pairdoctor.core.statistics.Statistics;
import org.pairdoctor.core.statistics.StepStatistics;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The statistics charts, drawn on the server by XChart as PNG images, so pages and reports show
 * them without JavaScript. Each method returns the PNG bytes.
 */
public final class Charts {
    private static final int WIDTH = 800;
    private static final int HEIGHT = 420;
    private static final Color FIXED = new Color(0x2e7d32);
    private static final Color ESCALATED = new Color(0xef6c00);
    private static final Color ABANDONED = new Color(0x9e9e9e);

    private Charts() {
    }

    /** Sessions per month, stacked by how they ended. */
    public static byte[] months(List<Statistics.MonthStatistics> months) {
        CategoryChart c = chart("Sessions per month", "month", "sessions");
        c.getStyler().setStacked(true);
        List<String> x = new ArrayList<>();
        List<Long> fixed = new ArrayList<>();
        List<Long> escalated = new ArrayList<>();
        List<Long> abandoned = new ArrayList<>();
        for (Statistics.MonthStatistics m : months) {
            x.add(m.month().toString());
            fixed.add(m.figures().fixed());
            escalated.add(m.figures().escalated());
            abandoned.add(m.figures().abandoned());
        }
        if (x.isEmpty()) {
            x.add("(none)");
            fixed.add(0L);
            escalated.add(0L);
            abandoned.add(0L);
        }
        c.addSeries("fixed", x, fixed).setFillColor(FIXED);
        c.addSeries("escalated", x, escalated).setFillColor(ESCALATED);
        c.addSeries("abandoned", x, abandoned).setFillColor(ABANDONED);
        return png(c);
    }

    /** How long fixed sessions took until connected. */
    public static byte[] timeToConnected(DurationSummary d) {
        CategoryChart c = chart("Time to connected (fixed sessions)", "time", "sessions");
        List<String> x = d.histogram().stream().map(DurationSummary.Bucket::label).toList();
        List<Long> y = d.histogram().stream().map(DurationSummary.Bucket::count).toList();
        c.addSeries("sessions", x, y).setFillColor(FIXED);
        c.getStyler().setLegendVisible(false);
        return png(c);
    }

    /** Success rates of steps with their 95% intervals as error bars, at most {@code limit}, most tried first. */
    public static byte[] steps(String title, List<StepStatistics> steps, int limit) {
        CategoryChart c = chart(title, "step", "fixed it (%)");
        List<StepStatistics> top = steps.stream()
                .sorted((a, b) -> Long.compare(b.fixed().n(), a.fixed().n())).limit(limit).toList();
        List<String> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        List<Double> err = new ArrayList<>();
        for (StepStatistics s : top) {
            x.add(s.stepId());
            y.add(100 * s.fixed().rate());
            // XChart draws symmetric bars: the larger half of the Wilson interval, so it is never understated.
            err.add(100 * Math.max(s.fixed().rate() - s.fixed().low(), s.fixed().high() - s.fixed().rate()));
        }
        if (x.isEmpty()) {
            x.add("(none)");
            y.add(0.0);
            err.add(0.0);
        }
        c.addSeries("fixed it", x, y, err).setFillColor(FIXED);
        c.getStyler().setLegendVisible(false);
        c.getStyler().setYAxisMin(0.0);
        c.getStyler().setYAxisMax(100.0);
        c.getStyler().setXAxisLabelRotation(30);
        return png(c);
    }

    private static CategoryChart chart(String title, String x, String y) {
        CategoryChart c = new CategoryChartBuilder().width(WIDTH).height(HEIGHT).title(title).xAxisTitle(x)
                .yAxisTitle(y).build();
        c.getStyler().setChartBackgroundColor(Color.WHITE);
        c.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
        c.getStyler().setAntiAlias(true);
        return c;
    }

    private static byte[] png(CategoryChart c) {
        try {
            return BitmapEncoder.getBitmapBytes(c, BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot draw the chart '" + c.getTitle() + "'", e);
        }
    }
}
