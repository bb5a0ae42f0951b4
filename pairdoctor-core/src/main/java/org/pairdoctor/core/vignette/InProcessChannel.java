package org.pairdoctor.core.vignette;

import org.pairdoctor.core.engine.Planner;
import org.pairdoctor.core.engine.Recommendation;
import org.pairdoctor.core.engine.Step;
import org.pairdoctor.core.session.GuidedSession;
import org.pairdoctor.core.session.InMemorySessionStore;
import org.pairdoctor.core.session.ModelSource;
import org.pairdoctor.core.session.Outcome;
import org.pairdoctor.core.session.Reply;
import org.pairdoctor.core.session.SessionService;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

/**
 * Sessions in process: each visit has its own session service over an in-memory store and a fixed
 * clock, so runs are deterministic and may run on several threads at once.
 */
public final class InProcessChannel implements SessionChannel {
    private static final Clock CLOCK = Clock.fixed(Instant.EPOCH, ZoneOffset.UTC);

    private final ModelSource models;
    private final Planner planner;

    public InProcessChannel(ModelSource models, Planner planner) {
        this.models = models;
        this.planner = planner;
    }

    @Override
    public Visit start(VignetteCase c) {
        SessionService service = new SessionService(models, planner, new InMemorySessionStore(), CLOCK);
        return new InProcessVisit(service, service.start(c.device(), c.host(), c.problem(), "vignette", Map.of()));
    }

    private static final class InProcessVisit implements Visit {
        private final SessionService service;
        private GuidedSession session;

        InProcessVisit(SessionService service, GuidedSession session) {
            this.service = service;
            this.session = session;
        }

        @Override
        public Optional<Shown> shown() {
            return session.current().map(this::shown);
        }

        private Shown shown(Recommendation now) {
            Step step = now.step();
            return new Shown(step.id(), step.kind(),
                    step instanceof Step.Ask ask ? Optional.of(ask.question()) : Optional.empty(),
                    session.awaitingConfirmation(), now.explanation().topCauses());
        }

        @Override
        public boolean fixed() {
            return session.ended() && session.record().outcome() == Outcome.FIXED;
        }

        @Override
        public void reply(Reply reply) {
            String step = session.current().orElseThrow(() -> new IllegalStateException("no step to reply to")).step().id();
            session = service.reply(session.record().id(), step, reply);
        }
    }
}
