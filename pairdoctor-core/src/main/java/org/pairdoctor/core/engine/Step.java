package org.pairdoctor.core.engine;

import org.pairdoctor.core.model.Action;
import org.pairdoctor.core.model.Escalation;
import org.pairdoctor.core.model.Question;

/** The next thing to do in a session: a repair action, a question, or escalation. */
public sealed interface Step {
    String id();

    double seconds();

    /** A repair action. */
    record Repair(Action action) implements Step {
        public String id() {
            return action.id();
        }

        public double seconds() {
            return action.seconds();
        }
    }

    /** A question (or a probe that answers it automatically). */
    record Ask(Question question) implements Step {
        public String id() {
            return question.id();
        }

        public double seconds() {
            return question.seconds();
        }
    }

    /** Escalation: always ends the session. */
    record Escalate(Escalation escalation) implements Step {
        public String id() {
            return escalation.id();
        }

        public double seconds() {
            return escalation.seconds();
        }
    }
}
