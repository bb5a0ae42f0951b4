package org.pairdoctor.cli.terminal;

import org.pairdoctor.core.knowledge.KnowledgeBase;

import java.nio.file.Path;

/** Opens the knowledge base for the terminal commands. */
public final class KnowledgeAccess {
    private KnowledgeAccess() {
    }

    /**
     * Loads the knowledge base from {@code dir}, or from its default location when null.
     *
     * @throws org.pairdoctor.core.PairdoctorException when it cannot be loaded (the message lists every error)
     */
    public static TerminalKnowledge load(Path dir) {
        return new KnowledgeBaseTerminal(KnowledgeBase.load(
                org.pairdoctor.cli.Application.knowledgeDirectory(dir), org.pairdoctor.cli.CheckRecordFiles.forThisBuild()));
    }
}
