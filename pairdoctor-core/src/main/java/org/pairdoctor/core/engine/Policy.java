package org.pairdoctor.core.engine;

import org.pairdoctor.core.model.TroubleshootingModel;

/**
 * A troubleshooting policy: a deterministic choice of the next step from the model and the
 * evidence. Being a pure function of the evidence is what lets the exact evaluator compute a
 * policy's expected cost over its whole decision tree. Implementations are thread-safe.
 */
public interface Policy {
    /** The policy's name as used on the command line, e.g. {@code planner}, {@code static}. */
    String name();

    /**
     * The next step. Never returns a step already in {@code evidence}; returns the escalation when
     * nothing else is left.
     */
    Step next(TroubleshootingModel model, Evidence evidence);
}
