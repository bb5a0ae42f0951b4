package org.pairdoctor.web.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.pairdoctor.core.session.SessionRecord;
import org.pairdoctor.core.session.Turn;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Sessions with their turns as CSV (one row per turn, the session's columns repeated; a session
 * without turns has one row with empty turn columns) and as JSON (sessions with nested turns).
 * Times are ISO-8601 UTC; replies are the codes the API uses. Pure: returns text, does no I/O.
 */
final class SessionExport {
    static final List<String> CSV_COLUMNS = List.of("session_id", "device", "host", "problem", "channel",
            "started_at", "outcome", "fixed_by", "ended_at", "parameters_version", "context", "turn", "step",
            "kind", "reply", "shown_at", "answered_at");

    private static final ObjectMapper JSON = new ObjectMapper();

    private SessionExport() {
    }

    static String csv(List<SessionRecord> sessions) {
        StringBuilder out = new StringBuilder();
        row(out, CSV_COLUMNS);
        for (SessionRecord s : sessions) {
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
        return out.toString();
    }

    static String json(List<SessionRecord> sessions) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (SessionRecord s : sessions) {
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
            list.add(m);
        }
        try {
            return JSON.writeValueAsString(Map.of("sessions", list));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("maps of strings and numbers always serialise", e);
        }
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
