package org.pairdoctor.web.stats;

import io.javalin.config.JavalinConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import org.pairdoctor.core.statistics.GroupStatistics;
import org.pairdoctor.core.statistics.ObservedFigures;
import org.pairdoctor.core.statistics.Proportion;
import org.pairdoctor.core.statistics.Statistics;
import org.pairdoctor.core.statistics.StatisticsCache;
import org.pairdoctor.core.statistics.StepStatistics;
import org.pairdoctor.web.WebModule;
import org.pairdoctor.web.content.DeviceEntry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The statistics page ({@code /stats}, or {@code /stats?device=ID} for one headset), its charts as
 * PNG ({@code /stats/charts/*.png}, {@code /stats/devices/ID/charts/*.png}; drawn on the server, so no
 * JavaScript is needed) and the same figures as JSON ({@code /stats.json}, {@code ?device=ID}).
 * Figures come from a {@link StatisticsCache}, so a busy page does not query the database on every
 * request. An unknown headset is the client's mistake: 400, naming it and the known ones.
 */
public final class StatisticsModule implements WebModule {
    private final StatisticsCache cache;
    private final List<DeviceEntry> devices;

    /** Without the knowledge base's headsets: the counted ones are known, by id. */
    public StatisticsModule(StatisticsCache cache) {
        this(cache, List.of());
    }

    /** @param devices the headsets the knowledge base knows (names, and the ids {@code ?device=} accepts) */
    public StatisticsModule(StatisticsCache cache, List<DeviceEntry> devices) {
        this.cache = cache;
        this.devices = List.copyOf(devices);
    }

    @Override
    public void register(JavalinConfig cfg) {
        cfg.routes.get("/stats", this::page);
        cfg.routes.get("/stats.json", this::json);
        cfg.routes.get("/stats/charts/{name}", ctx -> chart(ctx, cache.statistics()));
        cfg.routes.get("/stats/devices/{device}/charts/{name}", ctx -> {
            String id = ctx.pathParam("device");
            if (known().stream().noneMatch(d -> d.id().equals(id))) {
                throw new NotFoundResponse("no headset '" + id + "'");
            }
            chart(ctx, figures(id));
        });
    }

    private void page(Context ctx) {
        Optional<DeviceEntry> device = device(ctx);
        Statistics all = cache.statistics();
        Statistics shown = device.map(d -> figures(d.id())).orElse(all);
        ctx.render("stats-page.jte", Map.of("page",
                new StatsPage(shown, all, device.orElse(null), known(), ObservedFigures.MIN_PEOPLE)));
    }

    private void json(Context ctx) {
        Optional<DeviceEntry> device;
        try {
            device = device(ctx);
        } catch (BadRequestResponse e) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", 400);
            body.put("message", e.getMessage());
            ctx.status(400).json(body);
            return;
        }
        Statistics all = cache.statistics();
        Map<String, Object> out = json(device.map(d -> figures(d.id())).orElse(all));
        out.put("devices", devices(all, known()));
        out.put("families", families(all));
        device.ifPresent(d -> out.put("device", d.id()));
        ctx.json(out);
    }

    /** The headset of {@code ?device=}, when given; a headset the knowledge base does not know is a 400. */
    private Optional<DeviceEntry> device(Context ctx) {
        String id = ctx.queryParam("device");
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        List<DeviceEntry> known = known();
        return Optional.of(known.stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow(() ->
                new BadRequestResponse("There is no headset '" + id + "' to show statistics of. Known headsets: "
                        + String.join(", ", known.stream().map(DeviceEntry::id).toList()) + ".")));
    }

    /** The knowledge base's headsets, else (without them) every counted one by its id. */
    private List<DeviceEntry> known() {
        if (!devices.isEmpty()) {
            return devices;
        }
        return cache.statistics().devices().keySet().stream().map(id -> new DeviceEntry(id, id)).toList();
    }

    /** One headset's figures; none yet when no session of it was stored. */
    private Statistics figures(String deviceId) {
        return cache.statistics(deviceId).orElseGet(() -> {
            Statistics all = cache.statistics();
            return Statistics.of(all.from(), all.to(), List.of(), List.of());
        });
    }

    private void chart(Context ctx, Statistics s) {
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

    /** Per headset with sessions: its name, family and figures, with escalation and abandonment rates. */
    static Map<String, Object> devices(Statistics s, List<DeviceEntry> names) {
        Map<String, Object> out = new LinkedHashMap<>();
        s.devices().forEach((id, g) -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", names.stream().filter(d -> d.id().equals(id)).map(DeviceEntry::name).findFirst().orElse(id));
            m.put("family", s.family(id).orElse(null));
            m.putAll(group(g));
            out.put(id, m);
        });
        return out;
    }

    static Map<String, Object> families(Statistics s) {
        Map<String, Object> out = new LinkedHashMap<>();
        s.families().forEach((id, g) -> out.put(id, group(g)));
        return out;
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
        m.put("escalation", proportion(g.escalation()));
        m.put("abandonment", proportion(g.abandonment()));
        // The pages' rule: a rate needs this many ended sessions before it is shown as one.
        m.put("enoughForRates", g.enoughFor(ObservedFigures.MIN_PEOPLE));
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
