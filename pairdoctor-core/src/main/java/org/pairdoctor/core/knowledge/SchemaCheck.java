package org.pairdoctor.core.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Validates one file against its JSON Schema ({@code knowledge/schema/*.json} on the classpath) and
 * turns each schema error into a {@link KnowledgeError} at the offending node's line and column, with
 * a message a person can act on (an unknown key names the allowed keys and the closest one).
 * Thread-safe once built.
 */
final class SchemaCheck {
    static final String BASE = "https://pairdoctor.org/schema/knowledge/";
    static final String KEBAB = "^[a-z0-9]+(-[a-z0-9]+)*$";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The kinds of file, each with its schema. */
    enum FileKind {
        SOURCES("sources.json"), DEVICE("device.json"), HOSTS("hosts.json"), PROBLEM("problem.json"),
        BEHAVIOURS("behaviours.json"), FAQ("faq.json"), VIGNETTES("vignettes.json");

        final String schemaFile;

        FileKind(String schemaFile) {
            this.schemaFile = schemaFile;
        }
    }

    private static final List<String> FILES = List.of("common.json", "sources.json", "device.json", "hosts.json",
            "problem.json", "behaviours.json", "faq.json", "vignettes.json");

    private final Map<String, JsonNode> schemaTrees = new HashMap<>();
    private final Map<FileKind, Schema> schemas = new EnumMap<>(FileKind.class);

    private SchemaCheck() {
        Map<String, String> texts = new HashMap<>();
        for (String f : FILES) {
            String text = resource(f);
            texts.put(BASE + f, text);
            try {
                schemaTrees.put(BASE + f, JSON.readTree(text));
            } catch (IOException e) {
                throw new IllegalStateException("the bundled schema " + f + " is not JSON", e);
            }
        }
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                b -> b.schemas(texts::get));
        for (FileKind k : FileKind.values()) {
            schemas.put(k, registry.getSchema(SchemaLocation.of(BASE + k.schemaFile)));
        }
    }

    private static final SchemaCheck INSTANCE = new SchemaCheck();

    static SchemaCheck instance() {
        return INSTANCE;
    }

    private static String resource(String name) {
        try (InputStream in = SchemaCheck.class.getResourceAsStream("/knowledge/schema/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the schema knowledge/schema/" + name + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<KnowledgeError> check(FileKind kind, YamlDocument doc) {
        List<Error> raw = new ArrayList<>(schemas.get(kind).validate(doc.root()));
        // A wrong 'kind' makes every other error noise: report it alone.
        List<Error> kindErrors = raw.stream().filter(e -> pointer(e.getInstanceLocation()).equals("/kind")).toList();
        if (!kindErrors.isEmpty()) {
            raw = new ArrayList<>(kindErrors);
        }
        List<KnowledgeError> out = new ArrayList<>();
        raw.sort(Comparator.comparing(e -> pointer(e.getInstanceLocation())));
        for (Error e : raw) {
            out.add(translate(kind, doc, e));
        }
        return out;
    }

    private KnowledgeError translate(FileKind kind, YamlDocument doc, Error e) {
        String at = pointer(e.getInstanceLocation());
        JsonNode value = e.getInstanceNode();
        String keyword = e.getKeyword() == null ? "" : e.getKeyword();
        switch (keyword) {
            case "additionalProperties" -> {
                String key = e.getProperty();
                if (key != null && schemaFalse(e)) {
                    Set<String> allowed = allowedKeys(e);
                    String message = "unknown key '" + key + "'";
                    String near = Spelling.closest(key, allowed);
                    if (near != null) {
                        message += "; did you mean '" + near + "'?";
                    }
                    if (!allowed.isEmpty()) {
                        message += " (allowed here: " + String.join(", ", allowed) + ")";
                    }
                    return doc.errorAtKey(at + "/" + YamlDocument.segment(key), message);
                }
            }
            case "propertyNames" -> {
                String key = e.getProperty();
                if (key != null) {
                    return doc.errorAtKey(at + "/" + YamlDocument.segment(key), "'" + key + "' is not a kebab-case id "
                            + "(lowercase letters and digits, words joined by single hyphens, e.g. enter-pairing-mode)"
                            + where(at));
                }
            }
            case "required" -> {
                String key = e.getProperty() != null ? e.getProperty() : String.valueOf(arg(e, 0));
                return doc.errorAtKey(at, "missing required key '" + key + "'" + where(at));
            }
            case "type" -> {
                return doc.errorAt(at, "expected " + expectedType(e) + " but found " + describe(value) + where(at));
            }
            case "pattern" -> {
                String pattern = e.getSchemaNode() == null ? "" : e.getSchemaNode().asText();
                if (KEBAB.equals(pattern)) {
                    return doc.errorAt(at, "'" + value.asText() + "' is not a kebab-case id (lowercase letters "
                            + "and digits, words joined by single hyphens, e.g. enter-pairing-mode)" + where(at));
                }
                return doc.errorAt(at, "'" + value.asText() + "' does not match " + pattern + where(at));
            }
            case "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum" -> {
                return doc.errorAt(at, range(e, value, at));
            }
            case "enum" -> {
                List<String> options = new ArrayList<>();
                e.getSchemaNode().forEach(n -> options.add(n.asText()));
                return doc.errorAt(at, describe(value) + " is not one of: " + String.join(", ", options) + where(at));
            }
            case "const" -> {
                return doc.errorAt(at, at.equals("/kind")
                        ? "kind must be '" + e.getSchemaNode().asText() + "' in this file (found " + describe(value) + ")"
                        : describe(value) + " must be '" + e.getSchemaNode().asText() + "'" + where(at));
            }
            case "minItems" -> {
                return doc.errorAt(at, "needs at least " + e.getSchemaNode().asInt() + " entries" + where(at));
            }
            case "minLength" -> {
                return doc.errorAt(at, "must not be empty" + where(at));
            }
            case "minProperties" -> {
                return doc.errorAt(at, "needs at least " + e.getSchemaNode().asInt() + " key" + where(at));
            }
            default -> {
            }
        }
        return doc.errorAt(at, stripLocation(e.getMessage()) + where(at));
    }

    private static boolean schemaFalse(Error e) {
        return e.getSchemaNode() == null || e.getSchemaNode().isBoolean();
    }

    /** The keys declared next to the failing additionalProperties keyword. */
    private Set<String> allowedKeys(Error e) {
        Set<String> keys = new TreeSet<>();
        SchemaLocation loc = e.getSchemaLocation();
        JsonNode tree = schemaTrees.get(loc.getAbsoluteIri().toString());
        if (tree == null) {
            return keys;
        }
        NodePath frag = loc.getFragment();
        JsonNode node = tree;
        for (int i = 0; i + 1 < frag.getNameCount() && node != null; i++) {
            node = node.get(frag.getName(i));
        }
        if (node != null && node.has("properties")) {
            node.get("properties").fieldNames().forEachRemaining(keys::add);
        }
        return keys;
    }

    private static String range(Error e, JsonNode value, String at) {
        String kw = e.getKeyword();
        double bound = e.getSchemaNode().asDouble();
        String last = at.substring(at.lastIndexOf('/') + 1);
        if (("minimum".equals(kw) || "maximum".equals(kw)) && at.matches(".*/(prior|fixes/[^/]*|likelihood/[^/]*)")) {
            return "probability " + value.asText() + " is outside [0, 1]" + where(at);
        }
        String relation = switch (kw) {
            case "minimum" -> "at least ";
            case "maximum" -> "at most ";
            case "exclusiveMinimum" -> "greater than ";
            default -> "less than ";
        };
        return "'" + last + "' is " + value.asText() + " but must be " + relation + format(bound) + where(at);
    }

    private static String format(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    private static String expectedType(Error e) {
        JsonNode t = e.getSchemaNode();
        if (t == null) {
            return "another type";
        }
        if (t.isArray()) {
            List<String> names = new ArrayList<>();
            t.forEach(n -> names.add(article(n.asText())));
            return String.join(" or ", names);
        }
        return article(t.asText());
    }

    private static String article(String type) {
        return switch (type) {
            case "array" -> "a list";
            case "object" -> "a mapping (key: value)";
            case "integer" -> "a whole number";
            case "number" -> "a number";
            case "boolean" -> "true or false";
            case "string" -> "text";
            default -> type;
        };
    }

    static String describe(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return "nothing (null)";
        }
        if (v.isTextual()) {
            return "'" + v.asText() + "'";
        }
        if (v.isArray()) {
            return "a list";
        }
        if (v.isObject()) {
            return "a mapping";
        }
        return v.asText();
    }

    private static String where(String pointer) {
        return pointer.isEmpty() ? "" : " (at " + pointer.substring(1).replace('/', '.') + ")";
    }

    private static Object arg(Error e, int i) {
        Object[] args = e.getArguments();
        return args != null && args.length > i ? args[i] : "?";
    }

    private static String stripLocation(String message) {
        if (message == null) {
            return "invalid";
        }
        int colon = message.indexOf(": ");
        return message.startsWith("$") && colon > 0 ? message.substring(colon + 2) : message;
    }

    static String pointer(NodePath path) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            Object el = path.getElement(i);
            sb.append('/').append(el instanceof Integer ? el.toString() : YamlDocument.segment(String.valueOf(el)));
        }
        return sb.toString();
    }
}
