package org.pairdoctor.core.knowledge;

import java.util.List;

/**
 * One row of the source document's behaviour table, corrected ({@code guide/behaviours.yaml}).
 *
 * @param normal    whether the behaviour is normal (nothing to fix)
 * @param seedClaim what the source document's row says
 * @param problem   the related problem id; may be null
 */
public record Behaviour(String id, String behaviour, boolean normal, String diagnosticAction, String likelyCause,
                        String seedClaim, String verdict, String correction, String problem,
                        List<String> sources, String confidence) {
    public Behaviour {
        sources = List.copyOf(sources);
    }
}
