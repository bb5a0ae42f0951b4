package org.pairdoctor.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.pairdoctor.core.engine.Planners;
import org.pairdoctor.core.knowledge.KnowledgeBase;
import org.pairdoctor.core.knowledge.KnowledgeError;
import org.pairdoctor.core.knowledge.KnowledgeException;
import org.pairdoctor.core.vignette.InProcessChannel;
import org.pairdoctor.core.vignette.Move;
import org.pairdoctor.core.vignette.SessionChannel;
import org.pairdoctor.core.vignette.VignetteCase;
import org.pairdoctor.core.vignette.VignetteReport;
import org.pairdoctor.core.vignette.VignetteResult;
import org.pairdoctor.core.vignette.VignetteRunner;
import org.pairdoctor.core.vignette.VignetteSuite;
import org.pairdoctor.web.api.ApiChannel;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Loads and runs the vignettes for {@code vignettes} and {@code kb check}, and prints the results. */
final class VignetteCheck {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private VignetteCheck() {
    }

    /**
     * Runs the suite of {@code dir} with the app's planner and the knowledge base as model source, in
     * process or, given a server's root URL, over its REST API. Invalid files: every error on {@code err},
     * exit 1. Otherwise the results (failures in full) and a summary line; exit 1 when a case fails the
     * suite, or the server cannot be reached or refuses a request.
     */
    static int run(Path dir, KnowledgeBase base, Optional<String> problem, Optional<URI> api, boolean json,
                   PrintWriter out, PrintWriter err) {
        Optional<VignetteSuite> loaded = load(dir, base, err);
        if (loaded.isEmpty()) {
            return 1;
        }
        VignetteSuite suite = loaded.get();
        long start = System.nanoTime();
        SessionChannel channel = api.<SessionChannel>map(u -> new ApiChannel(HttpClient.newHttpClient(), u, base))
                .orElseGet(() -> new InProcessChannel(base, Planners.standard()));
        VignetteReport report;
        try {
            report = new VignetteRunner(channel).run(suite, problem);
        } catch (UncheckedIOException | IllegalStateException e) {
            if (api.isEmpty()) {
                throw e;
            }
            // The server is down, or answers otherwise than this knowledge base says (another version?).
            err.println("pairdoctor vignettes: the server at " + api.get() + ": " + e.getMessage());
            err.flush();
            return 1;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (json) {
            out.println(json(report, seconds));
        } else {
            text(report, out);
            out.printf(Locale.ROOT, "%s/vignettes: %s (%.2f s)%n", dir, report.summary(), seconds);
        }
        out.flush();
        return report.passed() ? 0 : 1;
    }

    /** Only the summary and what did not pass: for {@code kb check}, where passes are the quiet default. */
    static int check(Path dir, KnowledgeBase base, PrintWriter out, PrintWriter err) {
        Optional<VignetteSuite> loaded = load(dir, base, err);
        if (loaded.isEmpty()) {
            return 1;
        }
        VignetteSuite suite = loaded.get();
        if (suite.size() == 0) {
            return 0;
        }
        long start = System.nanoTime();
        VignetteReport report = new VignetteRunner(base, Planners.standard()).run(suite, Optional.empty());
        double seconds = (System.nanoTime() - start) / 1e9;
        for (VignetteResult r : report.results()) {
            if (r.verdict().failsSuite()) {
                VignetteReport.describe(r).forEach(err::println);
            }
        }
        PrintWriter summary = report.passed() ? out : err;
        summary.printf(Locale.ROOT, "%s/vignettes: %s (%.2f s)%n", dir, report.summary(), seconds);
        return report.passed() ? 0 : 1;
    }

    /** The suite, or empty after printing every error of its files. */
    private static Optional<VignetteSuite> load(Path dir, KnowledgeBase base, PrintWriter err) {
        try {
            return Optional.of(VignetteSuite.load(dir, base));
        } catch (KnowledgeException e) {
            for (KnowledgeError error : e.errors()) {
                err.println(error);
            }
            err.println(dir + "/vignettes: " + e.errors().size() + (e.errors().size() == 1 ? " error" : " errors"));
            return Optional.empty();
        }
    }

    private static void text(VignetteReport report, PrintWriter out) {
        for (VignetteResult r : report.results()) {
            VignetteReport.describe(r).forEach(out::println);
        }
    }

    private static String json(VignetteReport report, double seconds) {
        List<Map<String, Object>> cases = new ArrayList<>();
        for (VignetteResult r : report.results()) {
            VignetteCase c = r.vignetteCase();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("problem", c.problem());
            m.put("case", c.id());
            m.put("where", c.where());
            m.put("device", c.device());
            m.put("host", c.host());
            m.put("cause", c.cause());
            m.put("verdict", r.verdict().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            List<Map<String, Object>> path = new ArrayList<>();
            for (Move mv : r.path()) {
                Map<String, Object> s = new LinkedHashMap<>();
                s.put("step", mv.number());
                s.put("id", mv.stepId());
                s.put("kind", mv.kind().code());
                s.put("reply", mv.reply());
                s.put("how", mv.how().name().toLowerCase(Locale.ROOT).replace('_', '-'));
                path.add(s);
            }
            m.put("path", path);
            r.failure().ifPresent(f -> m.put("failure", Map.of("step", f.step(), "message", f.message())));
            cases.add(m);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("cases", cases);
        root.put("total", report.results().size());
        for (VignetteResult.Verdict v : VignetteResult.Verdict.values()) {
            root.put(v.name().toLowerCase(Locale.ROOT).replace('_', '-'), report.count(v));
        }
        root.put("passedSuite", report.passed());
        root.put("seconds", Math.round(seconds * 1000) / 1000.0);
        try {
            return JSON.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
