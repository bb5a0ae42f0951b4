package org.pairdoctor.web.content;

import java.util.List;

/** A question people ask, our answer, and what the source document answered. */
public record FaqEntry(String id, String question, String answer, String seedAnswer, String verdict,
                       String problemId, List<SourceRef> sources) {
    public FaqEntry {
        sources = sources == null ? List.of() : List.copyOf(sources);
    }
}
