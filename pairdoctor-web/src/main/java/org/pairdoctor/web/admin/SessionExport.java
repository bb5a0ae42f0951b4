package org.pairdoctor.web.admin;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.pairdoctor.core.session.SessionRecord;
import org.pairdoctor.core.session.Turn;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Sessions with their turns as CSV (one row per turn, the session's columns repeated; a session
 * without turns has one row with empty turn columns) and as JSON (sessions with nested turns).
 * Times are ISO-8601 UTC; replies are the codes the API uses. Both are written while the store
 * reads (streamed: one session in memory at a time, whatever the number of sessions).
 */
final class SessionExport {
    static final List<String> CSV_COLUMNS = List.of("session_id", "device", "host", "problem", "channel",
            "started_at", "outcome", "fixed_by", "ended_at", "parameters_version", "context", "turn", "step",
            "kind", "reply", "shown_at", "answered_at");

    private static final ObjectMapper JSON = new ObjectMapper();

    private SessionExport() {
    }

    /** Where the sessions come from: hands each to the consumer, oldest first (a store's {@code eachStartedSince}). */
    interface Source {
        void each(Consumer<SessionRecord> each);
    }

    /**
     * Writes the sessions as CSV while the source reads them: one session in memory at a time. Nothing
     * is written before the first session arrives, so a store that cannot read at all fails before
     * the response has begun (and becomes a 503).
     */
    static void csv(Source source, Writer out) throws IOException {
        boolean[] begun = {false};
        StringBuilder line = new StringBuilder();
        try {
            source.each(s -> {
                line.setLength(0);
                if (!begun[0]) {
                    row(line, CSV_COLUMNS);
                    begun[0] = true;
                }
                rows(line, s);
                write(out, line);
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        if (!begun[0]) {
            line.setLength(0);
            row(line, CSV_COLUMNS);
            write(out, line);
        }
        out.flush();
    }

    /** Writes the sessions as JSON ({@code {"sessions": [...]}}) while the source reads them, as {@link #csv}. */
    static void json(Source source, OutputStream out) throws IOException {
        JsonGenerator[] gen = {null};
        try {
            source.each(s -> {
                try {
                    if (gen[0] == null) {
                        gen[0] = begin(out);
                    }
                    JSON.writeValue(gen[0], session(s));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        JsonGenerator g = gen[0] == null ? begin(out) : gen[0];
        g.writeEndArray();
        g.writeEndObject();
        g.close();
    }

    private static JsonGenerator begin(OutputStream out) throws IOException {
        JsonGenerator g = JSON.getFactory().createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.writeStartObject();
        g.writeArrayFieldStart("sessions");
        return g;
    }

    private static void rows(StringBuilder out, SessionRecord s) {
        List<String> head = List.of(s.id(), s.deviceId(), s.hostId(), s.problemId(), s.channel(),
                time(s.startedAt()), s.outcome().name().toLowerCase(Locale.ROOT), text(s.fixedBy()),
                time(s.endedAt()), Long.toString(s.parametersVersion()), context(s));
        if (s.turns().isEmpty()) {
            List<String> r = new ArrayList<>(head);
            r.addAll(List.of("", "", "", "", "", ""));
            row(out, r);
        }
        int n = 1;
        for (Turn t : s.turns()) {
            List<String> r = new ArrayList<>(head);
            r.addAll(List.of(Integer.toString(n++), t.stepId(), t.kind().name().toLowerCase(Locale.ROOT),
                    t.reply().code(), time(t.shownAt()), time(t.answeredAt())));
            row(out, r);
        }
    }

    private static void write(Writer out, CharSequence text) {
        try {
            out.append(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> session(SessionRecord s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("device", s.deviceId());
        m.put("host", s.hostId());
        m.put("problem", s.problemId());
        m.put("channel", s.channel());
        m.put("context", new TreeMap<>(s.context()));
        m.put("startedAt", time(s.startedAt()));
        m.put("outcome", s.outcome().name().toLowerCase(Locale.ROOT));
        m.put("fixedBy", s.fixedBy());
        m.put("endedAt", s.endedAt() == null ? null : time(s.endedAt()));
        m.put("parametersVersion", s.parametersVersion());
        List<Map<String, Object>> turns = new ArrayList<>();
        for (Turn t : s.turns()) {
            Map<String, Object> tm = new LinkedHashMap<>();
            tm.put("step", t.stepId());
            tm.put("kind", t.kind().name().toLowerCase(Locale.ROOT));
            tm.put("reply", t.reply().code());
            tm.put("shownAt", time(t.shownAt()));
            tm.put("answeredAt", time(t.answeredAt()));
            turns.add(tm);
        }
        m.put("turns", turns);
        return m;
    }

    private static String context(SessionRecord s) {
        try {
            return s.context().isEmpty() ? "" : JSON.writeValueAsString(new TreeMap<>(s.context()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings always serialises", e);
        }
    }

    private static String time(Instant t) {
        return t == null ? "" : t.toString();
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static void row(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells.get(i)));
        }
        out.append("\r\n");
    }

    /**
     * RFC 4180 quoting, and a leading apostrophe for a cell a spreadsheet would run as a formula
     * (context values come from clients). Spreadsheets skip leading spaces and read full-width
     * signs ("＝") as their ASCII forms, so the first visible character is judged after NFKC
     * normalisation; a semicolon is quoted too, since it is the separator in many locales.
     */
    static String cell(String v) {
        String s = v;
        if (formula(v)) {
            s = "'" + s;
        }
        if (s.contains(",") || s.contains(";") || s.contains("\"") || s.contains("\n") || s.contains("\r")
                || !s.equals(v)) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }

    private static boolean formula(String v) {
        if (v.isEmpty()) {
            return false;
        }
        if (v.charAt(0) == '\t' || v.charAt(0) == '\r') {
            return true;
        }
        String visible = java.text.Normalizer.normalize(v, java.text.Normalizer.Form.NFKC).stripLeading();
        return !visible.isEmpty() && "=+-@".indexOf(visible.charAt(0)) >= 0;
    }
}
