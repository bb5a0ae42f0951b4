package org.pairdoctor.store;

import org.pairdoctor.core.session.Outcome;
import org.pairdoctor.core.session.Reply;
import org.pairdoctor.core.session.SessionRecord;
import org.pairdoctor.core.session.Turn;

/** Which replies end a session by themselves: "That worked" fixes it, accepting the escalation ends it. */
final class FinalReply {
    private FinalReply() {
    }

    /** The outcome a turn ends its session with, or null when the session goes on. */
    static Outcome outcome(Turn turn) {
        return turn.reply() instanceof Reply.Worked ? Outcome.FIXED
                : turn.reply() instanceof Reply.Accepted ? Outcome.ESCALATED : null;
    }

    /** The step that fixed the session when this turn ends it as fixed, else null. */
    static String fixedBy(Turn turn) {
        return outcome(turn) == Outcome.FIXED ? turn.stepId() : null;
    }

    /** A session after this turn, as the store keeps it: ended at the turn's answer when the turn is final. */
    static SessionRecord after(SessionRecord session, Turn turn) {
        SessionRecord next = session.withTurn(turn);
        Outcome end = outcome(turn);
        return end == null ? next : next.ended(end, fixedBy(turn), turn.answeredAt());
    }
}
