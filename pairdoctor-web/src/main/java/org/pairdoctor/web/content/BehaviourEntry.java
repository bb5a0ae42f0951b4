package org.pairdoctor.web.content;

import java.util.List;

/**
 * A row of the behaviour table: is this normal or does it need fixing.
 *
 * @param seedClaim what the source document said, or null
 * @param verdict the verdict on the source document's row, or null
 */
public record BehaviourEntry(String id, String behaviour, boolean normal, String diagnosticAction,
                             String likelyCause, String seedClaim, String verdict, String correction,
                             String problemId, List<SourceRef> sources) {
    public BehaviourEntry {
        sources = sources == null ? List.of() : List.copyOf(sources);
    }
}
