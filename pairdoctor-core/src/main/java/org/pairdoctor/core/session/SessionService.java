package org.pairdoctor.core.session;

import org.pairdoctor.core.engine.Planner;
import org.pairdoctor.core.model.StepKind;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

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

    /**
     * A service over the authored numbers only (simulations, tests: {@code (problem, host, device) -> model});
     * resuming a session of a learned version then fails instead of replaying it with other numbers.
     */
    public SessionService(AuthoredModels models, Planner planner, SessionStore store, Clock clock) {
        this((ModelSource) models, planner, store, clock);
    }

    /** Starts and stores a session; unknown ids fail with the knowledge base's exception. */
    public GuidedSession start(String deviceId, String hostId, String problemId, String channel,
                               Map<String, String> context) {
        long version = models.parametersVersion();
        var model = models.model(problemId, hostId, deviceId, version);
        Instant now = clock.instant();
        SessionRecord r = new SessionRecord(newId(now), deviceId, hostId, problemId, channel, context, now,
                List.of(), Outcome.IN_PROGRESS, null, null, version);
        store.create(r);
        return GuidedSession.resume(r, model, planner);
    }

    /**
     * Starts and stores a session in which some questions are already answered, e.g. by the Linux
     * connector's probes. Each entry (question id to answer id) is recorded, in the order given, as
     * a QUESTION turn with reply {@code answer:ID}, shown and answered at the start time, so the
     * evidence includes it and the planner never asks it. Nothing is stored when an entry names a
     * question or answer the model does not have.
     *
     * @throws InvalidReplyException when a question or an answer is not in the model
     */
    public GuidedSession start(String deviceId, String hostId, String problemId, String channel,
                               Map<String, String> context, Map<String, String> answeredQuestions) {
        long version = models.parametersVersion();
        var model = models.model(problemId, hostId, deviceId, version);
        for (var e : answeredQuestions.entrySet()) {
            var q = model.question(e.getKey()).orElseThrow(() -> new InvalidReplyException(
                    "problem '" + problemId + "' has no question '" + e.getKey() + "'"));
            if (q.answer(e.getValue()).isEmpty()) {
                throw new InvalidReplyException("question '" + q.id() + "' has no answer '" + e.getValue() + "'");
            }
        }
        Instant now = clock.instant();
        SessionRecord r = new SessionRecord(newId(now), deviceId, hostId, problemId, channel, context, now,
                List.of(), Outcome.IN_PROGRESS, null, null, version);
        store.create(r);
        int index = 0;
        for (var e : answeredQuestions.entrySet()) {
            Turn t = new Turn(e.getKey(), StepKind.QUESTION, Reply.answered(e.getValue()), now, now);
            store.appendTurn(r.id(), index++, t);
            r = r.withTurn(t);
        }
        return GuidedSession.resume(r, model, planner);
    }

    /** Loads a session by id. */
    public GuidedSession load(String sessionId) {
        SessionRecord r = store.find(sessionId).orElseThrow(() -> new UnknownSessionException(sessionId));
        // The session's own parameters version: a newer one learned meanwhile must not change its steps.
        return GuidedSession.resume(r, models.model(r.problemId(), r.hostId(), r.deviceId(), r.parametersVersion()), planner);
    }

    /** Applies a reply to the current step and stores it. */
    public GuidedSession reply(String sessionId, String stepId, Reply reply) {
        Instant now = clock.instant();
        GuidedSession next = next(sessionId, stepId, reply, now);
        int index = next.record().turns().size() - 1;
        // A final turn ends the session in the store with it (the SessionStore contract).
        store.appendTurn(sessionId, index, next.record().turns().get(index));
        return next;
    }

    /**
     * {@link #reply} that does not hold the caller's thread while the turn is made durable: the
     * future completes with the next state once it is stored. An unknown session, a step that is not
     * current or an invalid reply fail at once, as {@code reply} would throw.
     */
    public CompletableFuture<GuidedSession> replyAsync(String sessionId, String stepId, Reply reply) {
        Instant now = clock.instant();
        GuidedSession next = next(sessionId, stepId, reply, now);
        int index = next.record().turns().size() - 1;
        return store.appendTurnAsync(sessionId, index, next.record().turns().get(index))
                .thenApply(stored -> next);
    }

    private GuidedSession next(String sessionId, String stepId, Reply reply, Instant now) {
        GuidedSession s = load(sessionId);
        Instant shownAt = s.record().turns().isEmpty() ? s.record().startedAt()
                : s.record().turns().get(s.record().turns().size() - 1).answeredAt();
        return s.reply(stepId, reply, shownAt, now);
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

    /**
     * The start time (milliseconds, 12 hexadecimal digits), then 128 random bits in URL-safe base64:
     * unguessable, and ids of sessions started close together sort together. The database indexes
     * sessions and turns by id; with random ids every answer dirtied a random index page (and a
     * write-ahead-log page to copy back), with these the sessions in progress share a few recent ones.
     */
    static String newId(Instant startedAt) {
        byte[] b = new byte[16];
        RANDOM.nextBytes(b);
        return HexFormat.of().toHexDigits(startedAt.toEpochMilli()).substring(4)
                + Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
