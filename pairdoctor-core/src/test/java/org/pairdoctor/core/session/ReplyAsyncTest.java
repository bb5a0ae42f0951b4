package org.pairdoctor.core.session;

import org.junit.jupiter.api.Test;
import org.pairdoctor.core.engine.Planners;
import org.pairdoctor.core.model.Action;
import org.pairdoctor.core.model.Cause;
import org.pairdoctor.core.model.Escalation;
import org.pairdoctor.core.model.TroubleshootingModel;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReplyAsyncTest {
    static final TroubleshootingModel MODEL = new TroubleshootingModel("no-sound", Map.of(),
            List.of(new Cause("a", 0.6), new Cause("b", 0.3), new Cause("unknown", 0.1)),
            List.of(Action.of("fix-a", 10, Map.of("a", 0.9)), Action.of("fix-b", 10, Map.of("b", 0.9))),
            List.of(), new Escalation("support", 600));

    final InMemorySessionStore store = new InMemorySessionStore();
    final SessionService service = new SessionService((problem, host, device) -> MODEL, Planners.standard(), store,
            Clock.systemUTC());

    @Test
    void anAsynchronousReplyStoresTheSameTurnsAndEndsTheSameWayAsABlockingOne() {
        GuidedSession s = service.start("wh-1000xm2", "android", "no-sound", "web", Map.of());
        String id = s.record().id();
        String first = s.current().orElseThrow().step().id();
        GuidedSession next = service.replyAsync(id, first, Reply.didNotHelp()).join();
        assertThat(store.find(id).orElseThrow()).isEqualTo(next.record());

        String second = next.current().orElseThrow().step().id();
        GuidedSession done = service.replyAsync(id, second, Reply.worked()).join();
        assertThat(done.ended()).isTrue();
        assertThat(store.find(id).orElseThrow().outcome()).isEqualTo(Outcome.FIXED);
        assertThat(store.find(id).orElseThrow().fixedBy()).isEqualTo(second);
    }

    @Test
    void whatIsWrongBeforeStoringFailsAtOnce() {
        GuidedSession s = service.start("wh-1000xm2", "android", "no-sound", "web", Map.of());
        assertThatThrownBy(() -> service.replyAsync("nope", "fix-a", Reply.didNotHelp()))
                .isInstanceOf(UnknownSessionException.class);
        assertThatThrownBy(() -> service.replyAsync(s.record().id(), "not-the-current-step", Reply.didNotHelp()))
                .isInstanceOf(StaleStepException.class);
        assertThat(store.find(s.record().id()).orElseThrow().turns()).isEmpty();
    }
}
