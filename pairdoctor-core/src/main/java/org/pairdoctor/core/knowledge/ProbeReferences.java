package org.pairdoctor.core.knowledge;

import org.pairdoctor.core.probe.Probe;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks each question's {@code probe}: it must name a probe the core knows ({@link Probe}), and the
 * question must have at least one answer with an id the probe can give, or the probe could never
 * answer it. Errors point at the {@code probe} field.
 */
final class ProbeReferences {
    private ProbeReferences() {
    }

    static List<KnowledgeError> check(List<Located<Problem>> problems) {
        List<KnowledgeError> errors = new ArrayList<>();
        for (Located<Problem> lp : problems) {
            List<Problem.Question> questions = lp.value().questions();
            for (int i = 0; i < questions.size(); i++) {
                Problem.Question q = questions.get(i);
                if (q.probe() == null || q.probe().isBlank()) {
                    continue;
                }
                String at = "/questions/" + i + "/probe";
                Optional<Probe> probe = Probe.byId(q.probe());
                if (probe.isEmpty()) {
                    errors.add(lp.error(at, "unknown probe '" + q.probe() + "'; known: " + String.join(", ", Probe.ids())));
                } else if (q.answers().stream().noneMatch(a -> probe.get().answers().contains(a.id()))) {
                    errors.add(lp.error(at, "probe '" + q.probe() + "' answers " + String.join(", ", probe.get().answers())
                            + ", and question '" + q.id() + "' has none of these answer ids, so the probe can never "
                            + "answer it; name its answers after the probe's"));
                }
            }
        }
        return errors;
    }
}
