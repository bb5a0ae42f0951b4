package org.pairdoctor.core.knowledge;

import java.util.List;

/**
 * One question of the source document's FAQ with a correct answer ({@code guide/faq.yaml}).
 *
 * @param seedAnswer what the source document answers
 * @param problem    the related problem id; may be null
 * @param onlyWith   the headsets the entry holds for ({@link DeviceCondition#ANY}: every one); its question and
 *                   answer may use the placeholders of instruction texts, filled per headset by {@link #renderedFor}
 */
public record FaqEntry(String id, String question, String answer, String seedAnswer, String verdict,
                       String problem, List<String> sources, String confidence, DeviceCondition onlyWith) {
    public FaqEntry {
        sources = List.copyOf(sources);
        onlyWith = onlyWith == null ? DeviceCondition.ANY : onlyWith;
    }

    /** The entry with its question and answer filled for one headset (see {@link Placeholders}). */
    FaqEntry renderedFor(StepRenderer r, List<String> sources) {
        return new FaqEntry(id, r.fill(question), r.fill(answer), seedAnswer, verdict, problem, sources, confidence,
                onlyWith);
    }

    /** The texts filled per headset, by their JSON pointer relative to the entry. */
    java.util.Map<String, String> texts() {
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        out.put("/question", question);
        out.put("/answer", answer);
        return out;
    }
}
