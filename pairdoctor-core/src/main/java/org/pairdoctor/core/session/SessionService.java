package org.pairdoctor.core.session;

import org.pairdoctor.core.engine.Planner;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Application service for guided sessions, shared by the web, the REST API and the terminal:
 * starts sessions, applies replies, and keeps the store in step. Thread-safe; the store's
 * {@link SessionStore#appendTurn} guards against two replies to one step.
 */
public final class SessionService {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ModelSource models;
    private final Planner planner;
    private final SessionStore store;
    private final Clock clock;

    public SessionService(ModelSource models, Planner planner, SessionStore store, Clock clock) {
        this.models = models;
        this.planner = planner;
        this.store = store;
        this.clock = clock;
    }

    /** Starts and stores a session; unknown ids fail with the knowledge base's exception. */
    public GuidedSession start(String deviceId, String hostId, String problemId, String channel,
                               Map<String, String> context) {
        long version = models.parametersVersion();
        var model = models.model(problemId, hostId, version);
        SessionRecord r = new SessionRecord(newId(), deviceId, hostId, problemId, channel, context, clock.instant(),
                List.of(), Outcome.IN_PROGRESS, null, null, version);
        store.create(r);
        return GuidedSession.resume(r, model, planner);
    }

    /** Loads a session by id. */
    public GuidedSession load(String sessionId) {
        SessionRecord r = store.find(sessionId).orElseThrow(() -> new UnknownSessionException(sessionId));
        // The session's own parameters version: a newer one learned meanwhile must not change its steps.
        return GuidedSession.resume(r, models.model(r.problemId(), r.hostId(), r.parametersVersion()), planner);
    }

    /** Applies a reply to the current step and stores it. */
    public GuidedSession reply(String sessionId, String stepId, Reply reply) {
        GuidedSession s = load(sessionId);
        Instant now = clock.instant();
        Instant shownAt = s.record().turns().isEmpty() ? s.record().startedAt()
                : s.record().turns().get(s.record().turns().size() - 1).answeredAt();
        GuidedSession next = s.reply(stepId, reply, shownAt, now);
        int index = s.record().turns().size();
        store.appendTurn(sessionId, index, next.record().turns().get(index));
        if (next.ended()) {
            store.finish(sessionId, next.record().outcome(), next.record().fixedBy(), now);
        }
        return next;
    }

    /** Ends a session as abandoned; a no-op for an ended one. */
    public GuidedSession abandon(String sessionId) {
        GuidedSession s = load(sessionId);
        if (s.ended()) {
            return s;
        }
        Instant now = clock.instant();
        store.finish(sessionId, Outcome.ABANDONED, null, now);
        return s.abandon(now);
    }

    /** 128 random bits, URL-safe: unguessable. */
    static String newId() {
        byte[] b = new byte[16];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
