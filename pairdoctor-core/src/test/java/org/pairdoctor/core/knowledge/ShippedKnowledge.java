package org.pairdoctor.core.knowledge;

import java.nio.file.Path;

/**
 * Where tests find the shipped {@code knowledge/} directory: {@code $PAIRDOCTOR_KB}, else
 * {@code $PAIRDOCTOR_REPO_ROOT/knowledge} (surefire sets it to the repository root), else
 * {@code ./knowledge}. Test code may read the environment; the core itself does not (ArchitectureTest),
 * the command line's composition root finds the directory for the app.
 */
public final class ShippedKnowledge {
    private ShippedKnowledge() {
    }

    public static Path directory() {
        String kb = System.getenv("PAIRDOCTOR_KB");
        if (kb != null && !kb.isBlank()) {
            return Path.of(kb);
        }
        String root = System.getenv("PAIRDOCTOR_REPO_ROOT");
        return root != null && !root.isBlank() ? Path.of(root, "knowledge") : Path.of("knowledge");
    }

    /** The shipped knowledge base, loaded and checked. */
    public static KnowledgeBase load() {
        return KnowledgeBase.load(directory());
    }
}
