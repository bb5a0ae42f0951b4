package org.pairdoctor.web.api;

import org.pairdoctor.core.knowledge.StepText;
import org.pairdoctor.core.prompt.Prompt;
import org.pairdoctor.core.session.Reply;
import org.pairdoctor.web.content.Observed;
import org.pairdoctor.web.view.SessionView;
import org.pairdoctor.web.view.StepView;
import org.pairdoctor.web.view.TurnView;

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

    /**
     * The current step: the core's prompt as JSON.
     *
     * @param replies the reply codes the step accepts now (a destructive step not yet confirmed:
     *                confirmed, skipped)
     * @param choices the same replies with the words to offer them in
     * @param showInstructions false while a destructive step waits for its confirmation
     */
    record Step(String id, String kind, int number, String title, List<StepText.Line> lines, boolean showInstructions,
                List<AnswerJson> answers, List<String> replies, List<ChoiceJson> choices, boolean destructive,
                String loses, ConfirmationJson confirmation, String basis, Long sessions, IntervalJson interval,
                Double fixChance, String contact, List<String> alternatives, Integer waitSeconds, WhyJson why,
                ObservedJson observed) {
    }

    /** A 95% posterior interval of a learned number. */
    record IntervalJson(double low, double high) {
        static IntervalJson of(Prompt.Origin o) {
            return o.learned() && o.hasInterval() ? new IntervalJson(o.low(), o.high()) : null;
        }
    }

    /** The effective number of sessions behind a learned number; null for the knowledge base's numbers. */
    static Long sessions(Prompt.Origin o) {
        return o.learned() ? o.roundedSessions() : null;
    }

    record AnswerJson(String id, String text) {
    }

    record ChoiceJson(String reply, String label) {
    }

    /**
     * @param required true for a step that erases something: its outcome is refused until confirmed
     * @param reply    the reply that confirms it ({@code confirmed}); null when nothing is required
     */
    record ConfirmationJson(boolean required, boolean confirmed, String erases, String reply) {
    }

    /** How often the step fixed it for people before (95% Wilson interval); absent below the threshold. */
    record ObservedJson(double share, double low, double high, long n, String host) {
    }

    /**
     * @param expectedRemainingBasis always {@code estimate}
     * @param basis    of the causes' probabilities: {@code estimate}, {@code data} or {@code learned}
     * @param sessions effective sessions they were learned from; null unless learned
     * @param numbers  the sentence saying where they come from
     */
    record WhyJson(String reason, double expectedRemainingSeconds, String expectedRemainingBasis, String basis,
                   Long sessions, String numbers, List<CauseJson> causes) {
    }

    record CauseJson(String id, String title, double probability, String basis, Long sessions,
                     IntervalJson interval) {
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
        Prompt p = s.prompt();
        Prompt.Why w = p.why();
        WhyJson why = new WhyJson(w.reason(), w.expectedRemainingSeconds(), Prompt.Why.REMAINING_BASIS,
                w.basis(), w.learned() ? Math.round(w.sessions()) : null, w.numbers(),
                w.causes().stream().map(x -> new CauseJson(x.id(), x.title(), x.probability(), x.basis(),
                        sessions(x.origin()), IntervalJson.of(x.origin()))).toList());
        List<AnswerJson> answers = p.replies().stream().filter(c -> c.reply() instanceof Reply.Answered)
                .map(c -> new AnswerJson(((Reply.Answered) c.reply()).answerId(), c.label())).toList();
        Prompt.Confirmation c = p.confirmation();
        ConfirmationJson confirmation = c == null ? new ConfirmationJson(false, false, null, null)
                : new ConfirmationJson(true, c.confirmed(), c.erases(), c.confirm().code());
        return new Step(p.stepId(), p.kind().code(), p.number(), p.title(), p.lines(), p.showInstructions(), answers,
                p.replies().stream().map(Prompt.Choice::code).toList(),
                p.replies().stream().map(x -> new ChoiceJson(x.code(), x.label())).toList(), p.destructive(),
                p.loses(), confirmation, p.basis(), sessions(p.origin()), IntervalJson.of(p.origin()),
                p.fixChance(), p.contact(), p.alternatives(), p.waitSeconds(), why,
                observed(s.observed()));
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
