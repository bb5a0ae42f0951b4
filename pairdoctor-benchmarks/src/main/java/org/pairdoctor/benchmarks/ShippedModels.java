package org.pairdoctor.benchmarks;

import org.pairdoctor.core.knowledge.Host;
import org.pairdoctor.core.knowledge.KnowledgeBase;
import org.pairdoctor.core.knowledge.Problem;
import org.pairdoctor.core.model.TroubleshootingModel;

import java.util.ArrayList;
import java.util.List;

/** The shipped models: every problem of the knowledge base on every host. */
final class ShippedModels {
    private ShippedModels() {
    }

    /** Loads {@code $PAIRDOCTOR_KB}, else {@code ./knowledge} (run from the repository root). */
    static List<TroubleshootingModel> load() {
        String dir = System.getenv("PAIRDOCTOR_KB");
        KnowledgeBase kb = KnowledgeBase.load(java.nio.file.Path.of(dir == null || dir.isBlank() ? "knowledge" : dir));
        List<TroubleshootingModel> out = new ArrayList<>();
        for (Problem p : kb.problems()) {
            for (Host h : kb.hosts()) {
                out.add(kb.model(p.id(), h.id(), null));   // the default device, as the figures in docs/benchmarks.md
            }
        }
        return out;
    }
}
