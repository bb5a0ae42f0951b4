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
 * @param onlyWith  the headsets the row holds for ({@link DeviceCondition#ANY}: every one); its texts may use
 *                  the placeholders of instruction texts, filled per headset by {@link #renderedFor}
 */
public record Behaviour(String id, String behaviour, boolean normal, String diagnosticAction, String likelyCause,
                        String seedClaim, String verdict, String correction, String problem,
                        List<String> sources, String confidence, DeviceCondition onlyWith) {
    public Behaviour {
        sources = List.copyOf(sources);
        onlyWith = onlyWith == null ? DeviceCondition.ANY : onlyWith;
    }

    /** The row with its texts filled for one headset (see {@link Placeholders}). */
    Behaviour renderedFor(StepRenderer r, List<String> sources) {
        return new Behaviour(id, r.fill(behaviour), normal, r.fill(diagnosticAction), r.fill(likelyCause),
                seedClaim, verdict, correction, problem, sources, confidence, onlyWith);
    }

    /** The texts filled per headset, by their JSON pointer relative to the row. */
    java.util.Map<String, String> texts() {
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        out.put("/behaviour", behaviour);
        out.put("/diagnosticAction", diagnosticAction);
        out.put("/likelyCause", likelyCause);
        return out;
    }
}
