package org.pairdoctor.core.knowledge;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Turns schema-valid YAML trees into domain records. Runs only on files the schema accepted, so it
 * can rely on types and required keys; optional keys default to empty or null.
 */
final class KnowledgeBinder {
    private KnowledgeBinder() {
    }

    static List<Source> sourceList(JsonNode root) {
        return list(root, "sources", n -> new Source(text(n, "id"), text(n, "title"), text(n, "url"), text(n, "note")));
    }

    static Device device(JsonNode n) {
        JsonNode scan = n.path("scanNames");
        JsonNode bt = n.path("bluetooth");
        JsonNode support = n.get("support");
        return new Device(text(n, "id"), text(n, "name"), text(n, "maker"), Device.Form.ofId(text(n, "form")),
                Optional.ofNullable(text(n, "family")).orElse(text(n, "id")), n.path("generic").asBoolean(false),
                text(n, "helpGuide"),
                support == null ? null : new Device.Support(text(support, "url"), text(support, "phone"),
                        text(support, "source")),
                new Device.ScanNames(strings(scan, "classic"), strings(scan, "le")),
                text(n, "modalias"),
                new Device.Bluetooth(text(bt, "version"), strings(bt, "profiles"), strings(bt, "codecs"),
                        text(bt, "multipoint"), bt.has("pairingMemory") ? bt.get("pairingMemory").asInt() : null,
                        bt.has("nfc") ? bt.get("nfc").asBoolean() : null,
                        bt.has("rangeMeters") ? bt.get("rangeMeters").asDouble() : null),
                capabilities(n.path("capabilities")),
                list(n, "buttons", b -> new Device.Button(text(b, "id"), text(b, "label"), text(b, "kind"),
                        text(b, "part"), b.path("x").asDouble(), b.path("y").asDouble())),
                list(n, "indicators", i -> new Device.Indicator(text(i, "id"), text(i, "part"), i.path("x").asDouble(),
                        i.path("y").asDouble(), strings(i, "colours"))),
                procedures(n.path("procedures")),
                list(n, "facts", f -> new Fact(text(f, "id"), text(f, "claim"), text(f, "value"), sources(f),
                        text(f, "confidence"), text(f, "note"))),
                list(n, "sourceClaims", c -> new SourceClaim(text(c, "id"), text(c, "claim"), text(c, "verdict"),
                        text(c, "correction"), sources(c), text(c, "confidence"), text(c, "note"))));
    }

    /** The schema allows only the ids of {@link Capability}. */
    private static Map<Capability, Device.CapabilityEntry> capabilities(JsonNode map) {
        Map<Capability, Device.CapabilityEntry> out = new LinkedHashMap<>();
        map.fields().forEachRemaining(e -> Capability.ofId(e.getKey()).ifPresent(c -> out.put(c,
                new Device.CapabilityEntry(e.getValue().path("has").asBoolean(), text(e.getValue(), "how"),
                        sources(e.getValue()), text(e.getValue(), "confidence"), text(e.getValue(), "note")))));
        return out;
    }

    /** A host as written, before inheritance: {@code procedures} holds only its own. */
    static Host host(JsonNode n, String family) {
        Map<String, Procedure> own = procedures(n.path("procedures"));
        return new Host(text(n, "id"), text(n, "name"), family, Optional.ofNullable(text(n, "extends")),
                own, own, text(n, "note"));
    }

    static Map<String, Procedure> procedures(JsonNode map) {
        Map<String, Procedure> out = new LinkedHashMap<>();
        map.fields().forEachRemaining(e -> out.put(e.getKey(), procedure(e.getKey(), e.getValue())));
        return out;
    }

    static Procedure procedure(String id, JsonNode n) {
        JsonNode hold = n.get("hold");
        JsonNode pattern = n.get("pattern");
        List<String> steps = new ArrayList<>();
        java.util.Set<Integer> alternatives = new java.util.HashSet<>();
        for (JsonNode step : n.path("steps")) {
            if (step.isObject()) {
                alternatives.add(steps.size());
                steps.add(text(step, "text"));
            } else {
                steps.add(step.asText());
            }
        }
        return new Procedure(id, text(n, "title"), steps, alternatives,
                list(n, "versions", v -> new Procedure.Variant(text(v, "versions"), strings(v, "steps"))),
                hold == null ? null : new Procedure.Hold(strings(hold, "buttons"), hold.path("seconds").asDouble()),
                text(n, "indicator"), text(n, "voicePrompt"),
                pattern == null ? null : new Procedure.Pattern(text(pattern, "light"), text(pattern, "colour"),
                        pattern.path("flashes").asInt(), pattern.path("repeats").asBoolean(false)),
                strings(n, "loses"), sources(n),
                text(n, "confidence"), text(n, "note"));
    }

    static Problem problem(JsonNode n) {
        JsonNode esc = n.path("escalation");
        return new Problem(text(n, "id"), text(n, "title"), text(n, "summary"), text(n, "situation"),
                list(n, "causes", c -> new Problem.Cause(text(c, "id"), text(c, "title"), c.path("prior").asDouble(),
                        text(c, "basis"), sources(c), text(c, "note"), deviceCondition(c.get("onlyWith")))),
                list(n, "modifiers", m -> new Problem.Modifier(condition(m.get("when")), numbers(m.path("multiply")),
                        text(m, "note"), text(m, "basis"), sources(m))),
                list(n, "actions", KnowledgeBinder::action),
                list(n, "questions", KnowledgeBinder::question),
                new Problem.Escalation(text(esc, "id"), text(esc, "title"), esc.path("seconds").asDouble(),
                        escalationKind(text(esc, "kind")),
                        text(esc, "text"), text(esc, "contact"),
                        list(esc, "alternatives", alt -> alt.isObject()
                                ? new Problem.Alternative(text(alt, "text"), deviceCondition(alt.get("onlyWith")))
                                : new Problem.Alternative(alt.asText(), DeviceCondition.ANY)),
                        Optional.ofNullable(text(esc, "basis")).orElse("estimate")),
                strings(n, "static"), strings(n, "seedRefs"),
                list(n, "guide", g -> new Problem.GuideSection(Problem.GuideSection.Kind.of(text(g, "section")),
                        strings(g, "steps"))),
                deviceCondition(n.get("onlyWith")), condition(n.get("onlyFor")), n.path("share").asDouble(0));
    }

    private static Problem.Action action(JsonNode a) {
        return new Problem.Action(text(a, "id"), text(a, "title"), a.path("seconds").asDouble(),
                a.path("waitSeconds").asDouble(0),
                numbers(a.path("fixes")), text(a, "basis"), sources(a), a.path("destructive").asBoolean(false),
                strings(a, "loses"), a.path("penaltySeconds").asDouble(0), instructions(a),
                condition(a.get("onlyFor")), deviceCondition(a.get("onlyWith")), text(a, "note"));
    }

    private static Problem.Question question(JsonNode q) {
        return new Problem.Question(text(q, "id"), text(q, "text"), q.path("seconds").asDouble(),
                q.path("slip").asDouble(Problem.DEFAULT_SLIP), text(q, "basis"),
                sources(q),
                list(q, "answers", a -> new Problem.Answer(text(a, "id"), text(a, "text"), numbers(a.path("likelihood")))),
                text(q, "probe"), instructions(q), condition(q.get("onlyFor")), deviceCondition(q.get("onlyWith")),
                text(q, "note"));
    }

    /** The schema allows only the known kinds; none given means a support contact. */
    private static org.pairdoctor.core.model.Escalation.Kind escalationKind(String id) {
        org.pairdoctor.core.model.Escalation.Kind k = id == null ? null
                : org.pairdoctor.core.model.Escalation.Kind.ofId(id);
        return k == null ? org.pairdoctor.core.model.Escalation.Kind.SUPPORT_CONTACT : k;
    }

    private static List<Problem.Instruction> instructions(JsonNode n) {
        return list(n, "instructions", i -> new Problem.Instruction(text(i, "device"), text(i, "host"),
                text(i, "text"), text(i, "default"), i.path("alternative").asBoolean(false),
                deviceCondition(i.get("onlyWith"))));
    }

    static HostCondition condition(JsonNode n) {
        if (n == null || n.isNull()) {
            return HostCondition.ANY;
        }
        return new HostCondition(strings(n, "host"), strings(n, "family"));
    }

    /** The schema allows only capability and form ids here. */
    static DeviceCondition deviceCondition(JsonNode n) {
        if (n == null || n.isNull()) {
            return DeviceCondition.ANY;
        }
        return new DeviceCondition(
                strings(n, "has").stream().flatMap(c -> Capability.ofId(c).stream()).toList(),
                strings(n, "lacks").stream().flatMap(c -> Capability.ofId(c).stream()).toList(),
                strings(n, "form").stream().map(Device.Form::ofId).toList(),
                strings(n, "device"),
                n.has("generic") ? n.get("generic").asBoolean() : null);
    }

    static List<Behaviour> behaviours(JsonNode root) {
        return list(root, "behaviours", b -> new Behaviour(text(b, "id"), text(b, "behaviour"),
                b.path("normal").asBoolean(false), text(b, "diagnosticAction"), text(b, "likelyCause"),
                text(b, "seedClaim"), text(b, "verdict"), text(b, "correction"), text(b, "problem"), sources(b),
                text(b, "confidence"), deviceCondition(b.get("onlyWith"))));
    }

    static List<FaqEntry> faq(JsonNode root) {
        return list(root, "questions", q -> new FaqEntry(text(q, "id"), text(q, "question"), text(q, "answer"),
                text(q, "seedAnswer"), text(q, "verdict"), text(q, "problem"), sources(q), text(q, "confidence"),
                deviceCondition(q.get("onlyWith"))));
    }

    /** {@code source: x} and {@code sources: [y, z]} together, in that order. */
    static List<String> sources(JsonNode n) {
        List<String> out = new ArrayList<>(strings(n, "source"));
        strings(n, "sources").stream().filter(s -> !out.contains(s)).forEach(out::add);
        return out;
    }

    static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** A string or a list of strings (the schema allows both where a single value is common). */
    static List<String> strings(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            return List.of(v.asText());
        }
        List<String> out = new ArrayList<>(v.size());
        v.forEach(e -> out.add(e.asText()));
        return out;
    }

    static Map<String, Double> numbers(JsonNode map) {
        Map<String, Double> out = new LinkedHashMap<>();
        map.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asDouble()));
        return out;
    }

    static <T> List<T> list(JsonNode n, String field, Function<JsonNode, T> each) {
        JsonNode v = n.get(field);
        if (v == null || !v.isArray()) {
            return List.of();
        }
        List<T> out = new ArrayList<>(v.size());
        v.forEach(e -> out.add(each.apply(e)));
        return out;
    }
}
