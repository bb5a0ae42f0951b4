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

    /** Loads {@code KnowledgeBase.defaultDirectory()} (run from the repository root, or set PAIRDOCTOR_KB). */
    static List<TroubleshootingModel> load() {
        KnowledgeBase kb = KnowledgeBase.load(KnowledgeBase.defaultDirectory());
        List<TroubleshootingModel> out = new ArrayList<>();
        for (Problem p : kb.problems()) {
            for (Host h : kb.hosts()) {
                out.add(kb.model(p.id(), h.id()));
            }
        }
        return out;
    }
}
