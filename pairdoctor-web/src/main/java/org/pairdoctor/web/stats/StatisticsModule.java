package org.pairdoctor.web.stats;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import org.pairdoctor.core.statistics.GroupStatistics;
import org.pairdoctor.core.statistics.ObservedFigures;
import org.pairdoctor.core.statistics.Proportion;
import org.pairdoctor.core.statistics.Statistics;
import org.pairdoctor.core.statistics.StatisticsCache;
import org.pairdoctor.core.statistics.StepStatistics;
import org.pairdoctor.web.WebModule;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The statistics page ({@code /stats}), its charts as PNG ({@code /stats/charts/*.png}, drawn on the
 * server, so no JavaScript is needed) and the same figures as JSON ({@code /stats.json}). Figures
 * come from a {@link StatisticsCache}, so a busy page does not query the database on every request.
 */
public final class StatisticsModule implements WebModule {
    private final StatisticsCache cache;

    public StatisticsModule(StatisticsCache cache) {
        this.cache = cache;
    }

    @Override
    public void register(JavalinConfig cfg) {
        cfg.routes.get("/stats", ctx -> ctx.render("stats-page.jte",
                Map.of("page", new StatsPage(cache.statistics(), ObservedFigures.MIN_PEOPLE))));
        cfg.routes.get("/stats.json", ctx -> ctx.json(json(cache.statistics())));
        cfg.routes.get("/stats/charts/{name}", this::chart);
    }

    private void chart(Context ctx) {
        Statistics s = cache.statistics();
        String name = ctx.pathParam("name");
        Charts.Look look = look(ctx);
        byte[] png;
        if (name.equals("months.png")) {
            png = Charts.months(s.months(), look);
        } else if (name.equals("time-to-connected.png")) {
            png = Charts.timeToConnected(s.overall().timeToConnected(), look);
        } else if (name.matches("steps-\\d{1,4}\\.png")) {
            int i = Integer.parseInt(name.substring(6, name.length() - 4));
            List<String> problems = List.copyOf(s.problems().keySet());
            if (i >= problems.size()) {
                throw new NotFoundResponse("no chart " + name);
            }
            png = Charts.steps("Steps of " + problems.get(i), s.steps(problems.get(i)), 12, look);
        } else {
            throw new NotFoundResponse("no chart " + name);
        }
        ctx.contentType("image/png").header("Cache-Control", "public, max-age=60").result(png);
    }

    /** {@code ?w=400} (a phone's width; 320 to 1600) and {@code ?theme=dark}; without them the 800 px light chart. */
    private static Charts.Look look(Context ctx) {
        String w = ctx.queryParam("w");
        int width = 800;
        if (w != null) {
            if (!w.matches("\\d{3,4}") || Integer.parseInt(w) < 320 || Integer.parseInt(w) > 1600) {
                throw new io.javalin.http.BadRequestResponse("w must be a width from 320 to 1600 pixels, not '" + w + "'");
            }
            width = Integer.parseInt(w);
        }
        return new Charts.Look(width, "dark".equals(ctx.queryParam("theme")));
    }

    /** The figures as plain maps and lists: stable field names for API users. */
    static Map<String, Object> json(Statistics s) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("overall", group(s.overall()));
        Map<String, Object> problems = new LinkedHashMap<>();
        s.problems().forEach((p, g) -> {
            Map<String, Object> m = group(g);
            Map<String, Object> hosts = new LinkedHashMap<>();
            s.hosts().getOrDefault(p, Map.of()).forEach((h, hg) -> hosts.put(h, group(hg)));
            m.put("hosts", hosts);
            List<Map<String, Object>> steps = new ArrayList<>();
            for (StepStatistics st : s.steps()) {
                if (st.problemId().equals(p)) {
                    Map<String, Object> sm = new LinkedHashMap<>();
                    sm.put("step", st.stepId());
                    sm.put("host", st.hostId());
                    sm.putAll(proportion(st.fixed()));
                    steps.add(sm);
                }
            }
            m.put("steps", steps);
            problems.put(p, m);
        });
        out.put("problems", problems);
        List<Map<String, Object>> months = new ArrayList<>();
        for (Statistics.MonthStatistics m : s.months()) {
            Map<String, Object> mm = new LinkedHashMap<>();
            mm.put("month", m.month().toString());
            mm.putAll(group(m.figures()));
            months.add(mm);
        }
        out.put("months", months);
        return out;
    }

    private static Map<String, Object> group(GroupStatistics g) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sessions", g.sessions());
        m.put("fixed", g.fixed());
        m.put("escalated", g.escalated());
        m.put("abandoned", g.abandoned());
        m.put("inProgress", g.inProgress());
        m.put("resolution", proportion(g.resolution()));
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("count", g.timeToConnected().count());
        t.put("meanSeconds", g.timeToConnected().meanSeconds());
        t.put("p25Seconds", g.timeToConnected().p25Seconds());
        t.put("medianSeconds", g.timeToConnected().medianSeconds());
        t.put("p75Seconds", g.timeToConnected().p75Seconds());
        t.put("p90Seconds", g.timeToConnected().p90Seconds());
        m.put("timeToConnected", t);
        return m;
    }

    private static Map<String, Object> proportion(Proportion p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("n", p.n());
        m.put("successes", p.successes());
        m.put("rate", p.rate());
        m.put("low95", p.low());
        m.put("high95", p.high());
        return m;
    }
}
