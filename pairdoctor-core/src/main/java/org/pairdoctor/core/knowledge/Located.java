package org.pairdoctor.core.knowledge;

/** A bound record together with the file and JSON pointer it came from, so checks can point at it. */
record Located<T>(T value, YamlDocument doc, String pointer) {
    KnowledgeError error(String relative, String message) {
        return doc.errorAt(pointer + relative, message);
    }

    KnowledgeError errorAtKey(String relative, String message) {
        return doc.errorAtKey(pointer + relative, message);
    }

    String where() {
        YamlDocument.Position p = doc.valueAt(pointer);
        return doc.path() + ":" + p.line() + ":" + p.column();
    }
}
