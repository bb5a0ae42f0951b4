package org.pairdoctor.core.engine;

import org.pairdoctor.core.model.Action;
import org.pairdoctor.core.model.Escalation;
import org.pairdoctor.core.model.Question;
import org.pairdoctor.core.model.StepKind;

/** The next thing to do in a session: a repair action, a question, or escalation. */
public sealed interface Step {
    String id();

    double seconds();

    /** Which kind of step this is, in the one vocabulary every channel uses. */
    StepKind kind();

    /** A repair action. */
    record Repair(Action action) implements Step {
        public String id() {
            return action.id();
        }

        public double seconds() {
            return action.seconds();
        }

        public StepKind kind() {
            return StepKind.ACTION;
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

        public StepKind kind() {
            return StepKind.QUESTION;
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

        public StepKind kind() {
            return StepKind.ESCALATION;
        }
    }
}
