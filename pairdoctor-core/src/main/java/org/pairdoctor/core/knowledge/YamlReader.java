package org.pairdoctor.core.knowledge;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Parses YAML into a {@link YamlDocument} by walking the parser's tokens, so that every node keeps
 * its line and column. Also rejects what a tree would silently lose: duplicate keys (the last would
 * win), aliases, several documents in one file, and numbers that are not finite.
 */
final class YamlReader {
    private static final YAMLFactory FACTORY = YAMLFactory.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(false);

    private final String path;
    private final List<KnowledgeError> errors;
    private final Map<String, YamlDocument.Position> values = new HashMap<>();
    private final Map<String, YamlDocument.Position> keys = new HashMap<>();

    private YamlReader(String path, List<KnowledgeError> errors) {
        this.path = path;
        this.errors = errors;
    }

    /**
     * Reads one file's text. Problems are added to {@code errors}; the result is empty when the text
     * is not usable YAML (then at least one error was added).
     */
    static Optional<YamlDocument> read(String path, String text, List<KnowledgeError> errors) {
        return new YamlReader(path, errors).read(text);
    }

    private Optional<YamlDocument> read(String text) {
        try (YAMLParser p = FACTORY.createParser(text)) {
            if (p.nextToken() == null) {
                errors.add(new KnowledgeError(path, 1, 1, "the file is empty"));
                return Optional.empty();
            }
            JsonNode root = value(p, "");
            if (p.nextToken() != null) {
                error(p.currentTokenLocation(), "only one YAML document per file is allowed (remove the '---' separator)");
            }
            return Optional.of(new YamlDocument(path, root, Map.copyOf(values), Map.copyOf(keys)));
        } catch (JsonProcessingException e) {
            errors.add(malformed(e));
            return Optional.empty();
        } catch (IOException e) {
            errors.add(new KnowledgeError(path, 0, 0, "cannot read: " + e.getMessage()));
            return Optional.empty();
        }
    }

    private JsonNode value(YAMLParser p, String pointer) throws IOException {
        JsonToken t = p.currentToken();
        values.put(pointer, position(p.currentTokenLocation()));
        if (p.isCurrentAlias()) {
            error(p.currentTokenLocation(), "YAML aliases (*" + p.getText() + ") are not supported; write the value out");
            return NODES.nullNode();
        }
        switch (t) {
            case START_OBJECT -> {
                ObjectNode o = NODES.objectNode();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    JsonLocation keyLocation = p.currentTokenLocation();
                    String child = pointer + "/" + YamlDocument.segment(name);
                    p.nextToken();
                    if (o.has(name)) {
                        error(keyLocation, "duplicate key '" + name + "'");
                        skip(p);
                        continue;
                    }
                    keys.put(child, position(keyLocation));
                    o.set(name, value(p, child));
                }
                return o;
            }
            case START_ARRAY -> {
                ArrayNode a = NODES.arrayNode();
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    a.add(value(p, pointer + "/" + i++));
                }
                return a;
            }
            case VALUE_STRING -> {
                return NODES.textNode(p.getText());
            }
            case VALUE_NUMBER_INT -> {
                return p.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                        ? NODES.numberNode(p.getBigIntegerValue()) : NODES.numberNode(p.getLongValue());
            }
            case VALUE_NUMBER_FLOAT -> {
                double d = p.getDoubleValue();
                if (!Double.isFinite(d)) {
                    error(p.currentTokenLocation(), "the number " + p.getText() + " is not finite");
                    return NODES.nullNode();
                }
                return NODES.numberNode(d);
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return NODES.booleanNode(t == JsonToken.VALUE_TRUE);
            }
            case VALUE_NULL -> {
                return NODES.nullNode();
            }
            default -> {
                error(p.currentTokenLocation(), "unsupported YAML value (" + t + ")");
                return NODES.nullNode();
            }
        }
    }

    private static void skip(YAMLParser p) throws IOException {
        p.skipChildren();
    }

    private KnowledgeError malformed(JsonProcessingException e) {
        JsonLocation loc = e.getLocation();
        String problem = e.getOriginalMessage();
        // SnakeYAML's own exception has a short problem text and the exact mark; prefer them.
        if (e.getCause() instanceof org.yaml.snakeyaml.error.MarkedYAMLException m) {
            if (m.getProblem() != null) {
                problem = m.getProblem();
            }
            if (m.getProblemMark() != null) {
                return new KnowledgeError(path, m.getProblemMark().getLine() + 1, m.getProblemMark().getColumn() + 1,
                        "malformed YAML: " + oneLine(problem));
            }
        }
        YamlDocument.Position pos = loc == null ? YamlDocument.Position.FILE : position(loc);
        return new KnowledgeError(path, pos.line(), pos.column(), "malformed YAML: " + oneLine(problem));
    }

    private static String oneLine(String s) {
        return s == null ? "unreadable" : s.lines().map(String::strip).filter(l -> !l.isEmpty())
                .reduce((a, b) -> a + " " + b).orElse(s);
    }

    private void error(JsonLocation loc, String message) {
        YamlDocument.Position pos = position(loc);
        errors.add(new KnowledgeError(path, pos.line(), pos.column(), message));
    }

    private static YamlDocument.Position position(JsonLocation loc) {
        return new YamlDocument.Position(Math.max(1, loc.getLineNr()), Math.max(1, loc.getColumnNr()));
    }
}
