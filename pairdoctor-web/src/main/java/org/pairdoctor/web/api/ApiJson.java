package org.pairdoctor.web.api;

import org.pairdoctor.web.content.Observed;
import org.pairdoctor.web.content.StepContent;
import org.pairdoctor.web.view.SessionView;
import org.pairdoctor.web.view.StepView;
import org.pairdoctor.web.view.TurnView;
import org.pairdoctor.web.view.Why;

import java.time.Instant;
import java.util.List;

/** The API's JSON shapes, kept apart from the views so the wire format changes only on purpose. */
final class ApiJson {
    private ApiJson() {
    }

    record Ref(String id, String name) {
    }

    record Session(String id, Ref device, Ref host, Ref problem, String channel, String status, String startedAt,
                   String endedAt, long elapsedSeconds, String fixedBy, Step step, List<TurnJson> history) {
    }

    record StepResponse(String session, String status, long elapsedSeconds, String fixedBy, Step step) {
    }

    record Step(String id, String kind, String title, List<StepContent.Line> lines,
                List<StepContent.Choice> answers, List<String> replies, boolean destructive,
                boolean needsConfirmation, String loses, String basis, String contact, List<String> alternatives,
                WhyJson why, ObservedJson observed) {
    }

    /** How often the step fixed it for people before (95% Wilson interval); absent below the threshold. */
    record ObservedJson(double share, double low, double high, long n, String host) {
    }

    record WhyJson(String reason, double expectedRemainingSeconds, String basis, List<CauseJson> causes) {
    }

    record CauseJson(String id, String title, double probability, String basis) {
    }

    record TurnJson(String step, String kind, String reply, String shownAt, String answeredAt) {
    }

    static Session session(SessionView v) {
        return new Session(v.id(), new Ref(v.device().id(), v.device().name()), new Ref(v.host().id(), v.host().name()),
                new Ref(v.problem().id(), v.problem().title()), v.channel(), v.status(), time(v.startedAt()),
                time(v.endedAt()), v.elapsedSeconds(), v.fixedByStep(), step(v.step()),
                v.history().stream().map(ApiJson::turn).toList());
    }

    static StepResponse stepResponse(SessionView v) {
        return new StepResponse(v.id(), v.status(), v.elapsedSeconds(), v.fixedByStep(), step(v.step()));
    }

    private static Step step(StepView s) {
        if (s == null) {
            return null;
        }
        StepContent c = s.content();
        Why w = s.why();
        WhyJson why = w == null ? null : new WhyJson(w.reason(), w.expectedRemainingSeconds(),
                w.estimate() ? "estimate" : "data",
                w.causes().stream().map(x -> new CauseJson(x.id(), x.title(), x.probability(), x.basis())).toList());
        return new Step(c.id(), c.kind(), c.title(), c.lines(), c.answers(), s.replies(), c.destructive(),
                s.needsConfirmation(), c.loses(), c.basis(), c.contact(), c.alternatives(), why, observed(s.observed()));
    }

    private static ObservedJson observed(Observed o) {
        return o == null ? null : new ObservedJson(o.share(), o.low(), o.high(), o.n(), o.hostId());
    }

    private static TurnJson turn(TurnView t) {
        return new TurnJson(t.stepId(), t.kind(), t.reply(), time(t.shownAt()), time(t.answeredAt()));
    }

    private static String time(Instant i) {
        return i == null ? null : i.toString();
    }
}
