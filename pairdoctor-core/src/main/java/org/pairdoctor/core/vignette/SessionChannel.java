package org.pairdoctor.core.vignette;

import org.pairdoctor.core.engine.Explanation;
import org.pairdoctor.core.model.Question;
import org.pairdoctor.core.model.StepKind;
import org.pairdoctor.core.session.Reply;

import java.util.List;
import java.util.Optional;

/**
 * Port: how a vignette's person reaches a guided session. {@link VignetteRunner} decides every reply;
 * a channel only carries it: in process ({@link InProcessChannel}, what {@code pairdoctor vignettes}
 * and the tests use) or over the REST API (the web module's walk), so both walks take the same path.
 */
public interface SessionChannel {
    /** Starts a session for the case's device, host and problem. */
    Visit start(VignetteCase c);

    /** One person's session as they see it: the step shown now, and the replies they send to it. */
    interface Visit {
        /** The step shown now; empty once the session has ended. */
        Optional<Shown> shown();

        /** True once the session has ended fixed. */
        boolean fixed();

        /** Sends a reply to the step shown now. */
        void reply(Reply reply);
    }

    /**
     * A step as shown to the person.
     *
     * @param id                   the action, question or escalation
     * @param kind                 which of the three
     * @param question             for a question, its answers' likelihoods (how the person picks an answer the
     *                             case does not give); empty for the other kinds
     * @param awaitingConfirmation true for a destructive step whose outcome is refused until it is confirmed
     * @param topCauses            the most likely causes when it was chosen, most likely first
     */
    record Shown(String id, StepKind kind, Optional<Question> question, boolean awaitingConfirmation,
                 List<Explanation.CauseProbability> topCauses) {
        public Shown {
            topCauses = List.copyOf(topCauses);
            if ((kind == StepKind.QUESTION) != question.isPresent()) {
                throw new IllegalArgumentException("a question, and only a question, carries its answers: " + id);
            }
        }
    }
}
