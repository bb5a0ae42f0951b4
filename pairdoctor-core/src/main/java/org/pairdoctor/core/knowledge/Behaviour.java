package org.pairdoctor.core.knowledge;

import java.util.List;

/**
 * One row of the source document's behaviour table, corrected ({@code guide/behaviours.yaml}).
 *
 * @param normal    whether the behaviour is normal (nothing to fix)
 * @param seedClaim what the source document's row says; null for a row the source document lacks
 * @param verdict   the verdict on {@code seedClaim} ({@code true}, {@code false}, {@code mostly-false},
 *                  {@code misleading}, {@code partly-true}, {@code unclear}, {@code unsourced}); null exactly when
 *                  {@code seedClaim} is null
 * @param correction what is true instead; null when the verdict is {@code true} or absent
 * @param problem   the related problem id; may be null
 */
public record Behaviour(String id, String behaviour, boolean normal, String diagnosticAction, String likelyCause,
                        String seedClaim, String verdict, String correction, String problem,
                        List<String> sources, String confidence) {
    public Behaviour {
        sources = List.copyOf(sources);
    }
}
