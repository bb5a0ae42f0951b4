package org.pairdoctor.core.session;

import java.time.Instant;
import java.util.List;

/**
 * A session as stored: who and what it was about, every turn, and how it ended. This is the data
 * that learning reads.
 *
 * @param id unguessable session id
 * @param channel where it ran: web, api, terminal, connector, simulation
 * @param context extra context, e.g. host OS version; may be empty
 * @param fixedBy the step that fixed it, when {@code outcome} is FIXED, else null
 * @param parametersVersion version of learned parameters the planner used; 0 for the authored ones
 * @param clientKey who started it, as a keyed hash of the client's network address (never the
 *                  address itself), so learning can cap what one client contributes; null where
 *                  there is no remote client (the terminal, simulations) or it was not recorded
 */
public record SessionRecord(String id, String deviceId, String hostId, String problemId, String channel,
                           java.util.Map<String, String> context, Instant startedAt, List<Turn> turns,
                           Outcome outcome, String fixedBy, Instant endedAt, long parametersVersion,
                           String clientKey) {
    public SessionRecord {
        turns = List.copyOf(turns);
        context = context == null ? java.util.Map.of() : java.util.Map.copyOf(context);
    }

    /** A session with no client key (the terminal, simulations, tests). */
    public SessionRecord(String id, String deviceId, String hostId, String problemId, String channel,
                         java.util.Map<String, String> context, Instant startedAt, List<Turn> turns,
                         Outcome outcome, String fixedBy, Instant endedAt, long parametersVersion) {
        this(id, deviceId, hostId, problemId, channel, context, startedAt, turns, outcome, fixedBy, endedAt,
                parametersVersion, null);
    }

    /** The same session with its turns replaced (a store assembling what it read). */
    public SessionRecord withTurns(List<Turn> all) {
        return new SessionRecord(id, deviceId, hostId, problemId, channel, context, startedAt, all, outcome,
                fixedBy, endedAt, parametersVersion, clientKey);
    }

    public SessionRecord withTurn(Turn t) {
        List<Turn> list = new java.util.ArrayList<>(turns);
        list.add(t);
        return withTurns(list);
    }

    /** This session after a turn: the turn appended, and ended at its answer when the turn {@link Turn#ends() ends} it. */
    public SessionRecord after(Turn t) {
        SessionRecord next = withTurn(t);
        return t.ends() == null ? next : next.ended(t.ends(), t.fixedStep(), t.answeredAt());
    }

    public SessionRecord ended(Outcome o, String fixedByStep, Instant at) {
        return new SessionRecord(id, deviceId, hostId, problemId, channel, context, startedAt, turns, o,
                fixedByStep, at, parametersVersion, clientKey);
    }
}
