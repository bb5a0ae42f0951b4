package org.pairdoctor.cli;

import org.pairdoctor.core.knowledge.Device;
import org.pairdoctor.core.knowledge.Host;
import org.pairdoctor.core.knowledge.KnowledgeBase;
import org.pairdoctor.core.knowledge.Problem;
import org.pairdoctor.core.simulation.ModelCatalog;

import java.nio.file.Path;
import java.util.Map;

/** The knowledge base as a simulation's model catalog: every problem on every host. */
final class KnowledgeCatalog {
    private KnowledgeCatalog() {
    }

    /** Loads and checks the knowledge base ({@code KnowledgeException} lists every error). */
    static ModelCatalog load(Path dir) {
        return load(dir, Map.of());
    }

    /**
     * The catalog for a world's device mix: without a mix, the default device's problems (not the
     * earbuds-only ones); with one, the problems that exist on a device of the mix with weight > 0.
     */
    static ModelCatalog load(Path dir, Map<String, Double> deviceMix) {
        KnowledgeBase kb = KnowledgeBase.load(dir);
        var devices = kb.devices().stream().map(Device::id).toList();
        var mixed = deviceMix.entrySet().stream().filter(e -> e.getValue() > 0 && devices.contains(e.getKey()))
                .map(Map.Entry::getKey).toList();
        var problems = deviceMix.isEmpty() ? kb.problemsFor(kb.defaultDevice().id()).stream().map(Problem::id).toList()
                : kb.problems().stream().map(Problem::id).filter(p -> mixed.stream().anyMatch(d -> kb.exists(p, d)))
                .toList();
        return ModelCatalog.of(kb, problems, kb.hosts().stream().map(Host::id).toList(), devices);
    }
}
