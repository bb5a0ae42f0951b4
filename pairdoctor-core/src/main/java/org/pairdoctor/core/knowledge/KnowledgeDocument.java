package org.pairdoctor.core.knowledge;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A YAML file of the knowledge directory that is not part of the {@link KnowledgeBase} itself (the
 * vignettes under {@code vignettes/}), read with the loader's own parser and schema check, so its
 * errors have the same {@code path:line:col: message} form. Positions are looked up by JSON pointer
 * ({@code /cases/0/host}). Immutable and thread-safe.
 */
public final class KnowledgeDocument {
    private final YamlDocument doc;

    private KnowledgeDocument(YamlDocument doc) {
        this.doc = doc;
    }

    /**
     * Reads a vignettes file and checks it against {@code knowledge/schema/vignettes.json}. Every
     * error is added to {@code errors}; the result is empty when there was any.
     *
     * @param shown the file as it appears in messages
     */
    public static Optional<KnowledgeDocument> readVignettes(Path file, String shown, List<KnowledgeError> errors) {
        Optional<YamlDocument> read = KnowledgeLoader.readFile(file, shown, errors);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        List<KnowledgeError> schemaErrors = SchemaCheck.instance().check(SchemaCheck.FileKind.VIGNETTES, read.get());
        errors.addAll(schemaErrors);
        return schemaErrors.isEmpty() ? read.map(KnowledgeDocument::new) : Optional.empty();
    }

    /**
     * Reads any YAML file with the loader's parser (no schema), for positions in messages: world
     * files of the simulator use it. Every error is added to {@code errors}.
     */
    public static Optional<KnowledgeDocument> read(Path file, String shown, List<KnowledgeError> errors) {
        return KnowledgeLoader.readFile(file, shown, errors).map(KnowledgeDocument::new);
    }

    /** True when {@code rel} (a path relative to the knowledge directory, with '/') is where vignettes live. */
    public static boolean isVignettesFile(String rel) {
        return KnowledgeLoader.kindOf(rel).filter(k -> k == SchemaCheck.FileKind.VIGNETTES).isPresent();
    }

    /** The file as shown in messages. */
    public String path() {
        return doc.path();
    }

    public JsonNode root() {
        return doc.root();
    }

    /** An error at the value found at {@code pointer} (or the nearest enclosing node with a position). */
    public KnowledgeError errorAt(String pointer, String message) {
        return doc.errorAt(pointer, message);
    }

    /** An error at the key that introduced {@code pointer} (for list items: where the item starts). */
    public KnowledgeError errorAtKey(String pointer, String message) {
        return doc.errorAtKey(pointer, message);
    }

    /** {@code path:line:col} of the value at {@code pointer}. */
    public String where(String pointer) {
        YamlDocument.Position p = doc.valueAt(pointer);
        return doc.path() + ":" + p.line() + ":" + p.column();
    }

    /** Escapes one JSON pointer segment (a key containing '/' or '~'). */
    public static String segment(String key) {
        return YamlDocument.segment(key);
    }
}
