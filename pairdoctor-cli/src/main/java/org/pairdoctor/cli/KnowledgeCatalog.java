package org.pairdoctor.cli;

import org.pairdoctor.core.knowledge.Host;
import org.pairdoctor.core.knowledge.KnowledgeBase;
import org.pairdoctor.core.knowledge.Problem;
import org.pairdoctor.core.simulation.ModelCatalog;

import java.nio.file.Path;

/** The knowledge base as a simulation's model catalog: every problem on every host. */
final class KnowledgeCatalog {
    private KnowledgeCatalog() {
    }

    /** Loads and checks the knowledge base ({@code KnowledgeException} lists every error). */
    static ModelCatalog load(Path dir) {
        KnowledgeBase kb = KnowledgeBase.load(dir);
        // Simulations run on the default device, so its problems (not the earbuds-only ones).
        return ModelCatalog.of(kb, kb.problemsFor(kb.defaultDevice().id()).stream().map(Problem::id).toList(),
                kb.hosts().stream().map(Host::id).toList());
    }
}
