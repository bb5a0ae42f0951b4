package org.pairdoctor.core.vignette;

import org.pairdoctor.core.engine.Explanation;
import org.pairdoctor.core.model.StepKind;

import java.util.List;

/**
 * One step of a vignette's run: what the planner asked for and what the person replied.
 *
 * @param number    1-based step number
 * @param stepId    the action, question or escalation
 * @param kind      which of the three
 * @param reply     the reply sent (a {@link org.pairdoctor.core.session.Reply#code()})
 * @param how       where the reply came from
 * @param topCauses the planner's most likely causes when it chose this step ("Why this step?")
 */
public record Move(int number, String stepId, StepKind kind, String reply, How how,
                   List<Explanation.CauseProbability> topCauses) {
    public Move {
        topCauses = List.copyOf(topCauses);
    }

    /** Where a reply came from. */
    public enum How {
        /** An action in the case's {@code fixes}: "That worked". */
        FIX,
        /** Any other action: "Didn't help" (a destructive one is confirmed first). */
        NOT_A_FIX,
        /** The case's answer. */
        ANSWERED,
        /** One of the case's mistakes. */
        MISTAKE,
        /** The case does not say: the answer most likely under the true cause. */
        ASSUMED,
        /** Escalation accepted. */
        ESCALATED
    }
}
