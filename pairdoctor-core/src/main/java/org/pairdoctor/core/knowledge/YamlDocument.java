package org.pairdoctor.core.knowledge;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Map;

/**
 * One parsed YAML file: the Jackson tree plus the source position of every node, keyed by JSON
 * pointer ({@code /causes/0/prior}). Positions are kept apart from the tree because Jackson's
 * {@code JsonNode} does not carry them, yet every error must name a real line and column.
 *
 * @param path   the file as shown in messages
 * @param root   the document's root node
 * @param values position of each node's value, by pointer ("" is the root)
 * @param keys   position of the mapping key that introduced each node, by pointer
 */
record YamlDocument(String path, JsonNode root, Map<String, Position> values, Map<String, Position> keys) {

    /** A 1-based line and column. */
    record Position(int line, int column) {
        static final Position FILE = new Position(1, 1);
    }

    /** Escapes one pointer segment as RFC 6901 requires. */
    static String segment(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    /** Where the value at {@code pointer} starts, or the nearest enclosing node that has a position. */
    Position valueAt(String pointer) {
        String p = pointer;
        while (true) {
            Position pos = values.get(p);
            if (pos != null) {
                return pos;
            }
            if (p.isEmpty()) {
                return Position.FILE;
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }

    /** Where the key of {@code pointer} starts; for array items and the root, where the value starts. */
    Position keyAt(String pointer) {
        Position pos = keys.get(pointer);
        return pos != null ? pos : valueAt(pointer);
    }

    KnowledgeError errorAt(String pointer, String message) {
        Position pos = valueAt(pointer);
        return new KnowledgeError(path, pos.line(), pos.column(), message);
    }

    KnowledgeError errorAtKey(String pointer, String message) {
        Position pos = keyAt(pointer);
        return new KnowledgeError(path, pos.line(), pos.column(), message);
    }
}
