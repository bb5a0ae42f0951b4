package org.pairdoctor.core.probe;

import org.pairdoctor.core.knowledge.Problem;
import org.pairdoctor.core.model.TroubleshootingModel;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a {@link ProbeReport} into the start of a guided session: the problem to work on (the first
 * of the finding's problems that the knowledge base has) and the answers to the questions whose
 * {@code probe} the report read, driven by the knowledge base's own probe ids. Stateless.
 */
public final class ProbeHandOver {
    private ProbeHandOver() {
    }

    /** The problem to hand over to: the first of the finding's problems among {@code known}; empty when connected. */
    public static Optional<String> problem(ProbeReport report, Collection<String> known) {
        return report.finding().stream().flatMap(f -> f.problems().stream()).filter(known::contains).findFirst();
    }

    /** Question id to probe id, for the questions of {@code problem} that name a probe. */
    public static Map<String, String> questionProbes(Problem problem) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Problem.Question q : problem.questions()) {
            if (q.probe() != null && !q.probe().isBlank()) {
                out.put(q.id(), q.probe());
            }
        }
        return out;
    }

    /**
     * Question id to answer id, for each question of {@code model} whose probe the report read with an
     * answer the question has. Questions whose answers do not fit stay for the person, and so do
     * questions naming a probe the core does not know (which {@code kb check} rejects).
     *
     * @param questionProbes question id to probe id, from the knowledge base ({@link #questionProbes})
     */
    public static Map<String, String> preAnswers(TroubleshootingModel model, Map<String, String> questionProbes,
                                                 ProbeReport report) {
        Map<String, String> out = new LinkedHashMap<>();
        for (var q : model.questions()) {
            Optional<String> answer = Optional.ofNullable(questionProbes.get(q.id())).flatMap(Probe::byId)
                    .flatMap(report::reading);
            if (answer.isPresent() && q.answer(answer.get()).isPresent()) {
                out.put(q.id(), answer.get());
            }
        }
        return out;
    }
}
