package org.pairdoctor.core.knowledge;

import java.util.List;

/**
 * One question of the source document's FAQ with a correct answer ({@code guide/faq.yaml}).
 *
 * @param seedAnswer what the source document answers
 * @param problem    the related problem id; may be null
 */
public record FaqEntry(String id, String question, String answer, String seedAnswer, String verdict,
                       String problem, List<String> sources, String confidence) {
    public FaqEntry {
        sources = List.copyOf(sources);
    }
}
