package org.pairdoctor.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.pairdoctor.core.learning.LearnedParameters;
import org.pairdoctor.core.learning.ParameterVersions;

import java.io.PrintWriter;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What {@code learn --list} and {@code learn --rollback VERSION} print, as text or JSON. */
final class VersionsOutput {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final PrintWriter out;
    private final boolean json;

    VersionsOutput(PrintWriter out, boolean json) {
        this.out = out;
        this.json = json;
    }

    /** Lists the versions, or rolls back to {@code rollback} when it is given; returns the exit code. */
    int run(ParameterVersions versions, String database, Long rollback) throws JsonProcessingException {
        if (rollback == null) {
            list(versions.list(), database);
            return 0;
        }
        LearnedParameters saved = versions.rollback(rollback);
        if (json) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("savedVersion", saved.version());
            body.put("restoredFrom", saved.restoredFrom());
            out.println(JSON.writeValueAsString(body));
        } else {
            out.println("Saved version " + saved.version() + ": it "
                    + (rollback == 0 ? "restores the knowledge base's own numbers" : "restores version " + rollback)
                    + ". New sessions on running servers use it within a minute, without a restart;"
                    + " sessions already under way keep the numbers they started with.");
        }
        return 0;
    }

    private void list(List<ParameterVersions.Summary> all, String database) throws JsonProcessingException {
        if (json) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (ParameterVersions.Summary s : all) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("version", s.version());
                m.put("learnedAt", s.learnedAt().toString());
                m.put("sessions", s.sessions());
                m.put("restoredFrom", s.restoredFrom());
                m.put("active", s.active());
                m.put("problems", s.problems());
                rows.add(m);
            }
            out.println(JSON.writeValueAsString(Map.of("versions", rows)));
            return;
        }
        if (all.isEmpty()) {
            out.println("No learned versions in " + database + ": every session uses the knowledge base's own numbers."
                    + " Run 'pairdoctor learn' to learn from stored sessions.");
            return;
        }
        out.println("Learned versions in " + database + ", newest first (the newest is in use):");
        for (ParameterVersions.Summary s : all) {
            out.printf("%s %4d  %s  %s%n", s.active() ? "*" : " ", s.version(), TIME.format(s.learnedAt()),
                    s.describe() + (s.active() ? "  (in use)" : ""));
        }
        out.println("     0  the knowledge base's own numbers");
        out.println("To use an earlier version again: pairdoctor learn --rollback VERSION");
    }
}
