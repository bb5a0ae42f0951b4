package org.pairdoctor.cli.terminal;

import org.pairdoctor.bluez.Diagnosis;
import org.pairdoctor.core.model.TroubleshootingModel;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Turns what the connector learned into the start of a guided session: the problem to work on,
 * and the answers to the questions its probes already answered.
 */
public final class ConnectorHandOver {
    private ConnectorHandOver() {
    }

    /** The first of the diagnosis' problems that the knowledge base has. */
    public static Optional<String> problem(Diagnosis diagnosis, TerminalKnowledge knowledge) {
        for (String p : diagnosis.problems()) {
            if (knowledge.problems().stream().anyMatch(e -> e.id().equals(p))) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /**
     * Question id to answer id, for each question of {@code model} whose probe the connector
     * answered with an answer the question has. Questions whose answers do not fit stay for the user.
     *
     * @param questionProbes question id to probe id (from the knowledge base)
     * @param probeAnswers probe id to answer id (from the connector)
     */
    public static Map<String, String> preAnswers(TroubleshootingModel model, Map<String, String> questionProbes,
                                                 Map<String, String> probeAnswers) {
        Map<String, String> out = new LinkedHashMap<>();
        for (var q : model.questions()) {
            String probe = questionProbes.get(q.id());
            String answer = probe == null ? null : probeAnswers.get(probe);
            if (answer != null && q.answer(answer).isPresent()) {
                out.put(q.id(), answer);
            }
        }
        return out;
    }
}
