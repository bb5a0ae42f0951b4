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
 * them without JavaScript. Each method returns the PNG bytes, in a {@link Look}: the page asks for a
 * phone-sized or a wide one ({@code srcset}) and for dark colours when the reader's screen is dark.
 */
public final class Charts {
    private static final int WIDTH = 800;
    private static final int HEIGHT = 420;

    /**
     * Size and colours of one chart image.
     *
     * @param width  pixels, 320 to 1600 (the height keeps the 800 x 420 proportion)
     * @param dark   light text on the dark page colour, for {@code prefers-color-scheme: dark}
     */
    public record Look(int width, boolean dark) {
        public static final Look DEFAULT = new Look(WIDTH, false);

        public Look {
            if (width < 320 || width > 1600) {
                throw new IllegalArgumentException("a chart is 320 to 1600 pixels wide, not " + width);
            }
        }

        int height() {
            return Math.round(width * (float) HEIGHT / WIDTH);
        }
    }

    private static final Color DARK_BG = new Color(0x1a2029);
    private static final Color DARK_PLOT = new Color(0x10141a);
    private static final Color DARK_TEXT = new Color(0xe8edf3);
    private static final Color DARK_LINE = new Color(0x3a4552);
    private static final Color FIXED = new Color(0x2e7d32);
    private static final Color ESCALATED = new Color(0xef6c00);
    private static final Color ABANDONED = new Color(0x9e9e9e);

    private Charts() {
    }

    /** Sessions per month, stacked by how they ended. */
    public static byte[] months(List<Statistics.MonthStatistics> months) {
        return months(months, Look.DEFAULT);
    }

    public static byte[] months(List<Statistics.MonthStatistics> months, Look look) {
        CategoryChart c = chart("Sessions per month", "month", "sessions", look);
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
        return timeToConnected(d, Look.DEFAULT);
    }

    public static byte[] timeToConnected(DurationSummary d, Look look) {
        CategoryChart c = chart("Time to connected (fixed sessions)", "time", "sessions", look);
        List<String> x = d.histogram().stream().map(DurationSummary.Bucket::label).toList();
        List<Long> y = d.histogram().stream().map(DurationSummary.Bucket::count).toList();
        c.addSeries("sessions", x, y).setFillColor(FIXED);
        c.getStyler().setLegendVisible(false);
        return png(c);
    }

    /** Success rates of steps with their 95% intervals as error bars, at most {@code limit}, most tried first. */
    public static byte[] steps(String title, List<StepStatistics> steps, int limit) {
        return steps(title, steps, limit, Look.DEFAULT);
    }

    public static byte[] steps(String title, List<StepStatistics> steps, int limit, Look look) {
        CategoryChart c = chart(title, "step", "fixed it (%)", look);
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

    private static CategoryChart chart(String title, String x, String y, Look look) {
        CategoryChart c = new CategoryChartBuilder().width(look.width()).height(look.height()).title(title)
                .xAxisTitle(x).yAxisTitle(y).build();
        c.getStyler().setChartBackgroundColor(Color.WHITE);
        if (look.dark()) {
            var st = c.getStyler();
            st.setChartBackgroundColor(DARK_BG);
            st.setPlotBackgroundColor(DARK_PLOT);
            st.setChartFontColor(DARK_TEXT);
            st.setAxisTickLabelsColor(DARK_TEXT);
            st.setAxisTickMarksColor(DARK_LINE);
            st.setPlotBorderColor(DARK_LINE);
            st.setPlotGridLinesColor(DARK_LINE);
            st.setLegendBackgroundColor(DARK_BG);
            st.setLegendBorderColor(DARK_LINE);
            st.setChartTitleBoxBackgroundColor(DARK_BG);
            st.setChartTitleBoxBorderColor(DARK_LINE);
        }
        if (look.width() < 600) {
            // A phone-sized image: smaller type would be unreadable once scaled, so the same fonts keep their size
            // and the legend moves out of the bars' way.
            c.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
            c.getStyler().setLegendLayout(Styler.LegendLayout.Horizontal);
            c.getStyler().setAntiAlias(true);
            return c;
        }
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
