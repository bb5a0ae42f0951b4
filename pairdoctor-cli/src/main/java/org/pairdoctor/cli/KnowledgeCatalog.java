package org.pairdoctor.cli;

import org.pairdoctor.core.PairdoctorException;
import org.pairdoctor.core.simulation.ModelCatalog;

import java.nio.file.Path;

/** The knowledge base as a simulation's model catalog. */
final class KnowledgeCatalog {
    private KnowledgeCatalog() {
    }

    static ModelCatalog load(Path dir) {
        throw new PairdoctorException("the knowledge base loader is not in this build yet (" + dir + ")");
    }
}
