package org.pairdoctor.core.knowledge;

/**
 * One problem found in a knowledge base file, with the line and column (both 1-based) of the
 * offending YAML node. {@link #toString()} gives the conventional {@code path:line:col: message}
 * form that editors and terminals turn into links.
 *
 * @param path    the file as the caller named the knowledge directory (e.g. {@code knowledge/problems/x.yaml})
 * @param line    1-based line, or 0 when the error concerns the file as a whole
 * @param column  1-based column, or 0 when the error concerns the file as a whole
 * @param message what is wrong and, where possible, how to fix it
 */
public record KnowledgeError(String path, int line, int column, String message) implements Comparable<KnowledgeError> {
    @Override
    public String toString() {
        return path + ":" + line + ":" + column + ": " + message;
    }

    @Override
    public int compareTo(KnowledgeError o) {
        int c = path.compareTo(o.path);
        if (c == 0) {
            c = Integer.compare(line, o.line);
        }
        if (c == 0) {
            c = Integer.compare(column, o.column);
        }
        return c == 0 ? message.compareTo(o.message) : c;
    }
}
