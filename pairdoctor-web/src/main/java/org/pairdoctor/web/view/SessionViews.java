package org.pairdoctor.web.view;

import org.pairdoctor.core.engine.Explanation;
import org.pairdoctor.core.engine.Recommendation;
import org.pairdoctor.core.engine.Step;
import org.pairdoctor.core.session.GuidedSession;
import org.pairdoctor.core.session.Outcome;
import org.pairdoctor.core.session.Reply;
import org.pairdoctor.core.session.SessionRecord;
import org.pairdoctor.core.session.Turn;
import org.pairdoctor.web.content.Catalogue;
import org.pairdoctor.web.content.DeviceEntry;
import org.pairdoctor.web.content.HostEntry;
import org.pairdoctor.web.content.Observed;
import org.pairdoctor.web.content.OutcomeFigures;
import org.pairdoctor.web.content.ProblemEntry;
import org.pairdoctor.web.content.StepContent;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns a guided session into what pages and the API show: the current step's text for the user's
 * host and headset with what was observed of it, the history in words, and the summary for a
 * support request. Thread-safe.
 */
public final class SessionViews {
    private final Catalogue catalogue;
    private final Clock clock;
    private final OutcomeFigures figures;

    public SessionViews(Catalogue catalogue, Clock clock) {
        this(catalogue, clock, OutcomeFigures.NONE);
    }

    public SessionViews(Catalogue catalogue, Clock clock, OutcomeFigures figures) {
        this.catalogue = catalogue;
        this.clock = clock;
        this.figures = figures;
    }

    public SessionView view(GuidedSession session) {
        SessionRecord r = session.record();
        DeviceEntry device = catalogue.device(r.deviceId()).orElse(new DeviceEntry(r.deviceId(), r.deviceId()));
        HostEntry host = catalogue.host(r.hostId()).orElse(new HostEntry(r.hostId(), r.hostId(), "", null));
        ProblemEntry problem = catalogue.problem(r.problemId())
                .orElse(new ProblemEntry(r.problemId(), r.problemId(), "", "problem"));
        StepView step = session.current().map(rec -> step(r, rec)).orElse(null);
        List<TurnView> history = history(r);
        Instant end = r.endedAt() != null ? r.endedAt() : clock.instant();
        long elapsed = Math.max(0, Duration.between(r.startedAt(), end).toSeconds());
        String fixedBy = r.fixedBy() == null ? null : content(r, r.fixedBy()).title();
        StepView escalation = r.outcome() == Outcome.ESCALATED
                ? new StepView(content(r, session.model().escalation().id()), List.of(), false, null) : null;
        String status = r.outcome().name().toLowerCase(Locale.ROOT).replace('_', '-');
        SessionView draft = new SessionView(r.id(), device, host, problem, r.channel(), status, r.startedAt(),
                r.endedAt(), elapsed, step, history, fixedBy, r.fixedBy(), escalation, "");
        return new SessionView(r.id(), device, host, problem, r.channel(), status, r.startedAt(), r.endedAt(),
                elapsed, step, history, fixedBy, r.fixedBy(), escalation, summary(draft));
    }

    private StepContent content(SessionRecord r, String stepId) {
        return catalogue.step(r.problemId(), stepId, r.hostId(), r.deviceId());
    }

    private StepView step(SessionRecord r, Recommendation rec) {
        StepContent content = content(r, rec.step().id());
        List<String> replies = new ArrayList<>();
        Step s = rec.step();
        if (s instanceof Step.Repair) {
            replies.addAll(List.of("worked", "did-not-help", "skipped"));
        } else if (s instanceof Step.Ask ask) {
            ask.question().answers().forEach(a -> replies.add("answer:" + a.id()));
            replies.add("skipped");
        } else {
            replies.add("accepted");
        }
        Explanation e = rec.explanation();
        List<Why.CauseView> causes = e.topCauses().stream()
                .map(c -> new Why.CauseView(c.causeId(), catalogue.causeTitle(r.problemId(), c.causeId()),
                        c.probability(), catalogue.causeBasis(r.problemId(), c.causeId())))
                .toList();
        boolean estimate = causes.stream().anyMatch(c -> !"data".equals(c.basis()));
        Why why = new Why(e.reason(), e.expectedRemainingSeconds(), causes, estimate);
        // Only repair steps fix anything: questions and escalations have no observed figure.
        Observed observed = s instanceof Step.Repair
                ? figures.step(r.problemId(), r.hostId(), s.id()).orElse(null) : null;
        return new StepView(content, replies, e.needsConfirmation() || content.destructive(), why, observed);
    }

    private List<TurnView> history(SessionRecord r) {
        List<TurnView> list = new ArrayList<>();
        int n = 1;
        for (Turn t : r.turns()) {
            StepContent c = content(r, t.stepId());
            list.add(new TurnView(n++, t.stepId(), t.kind().name().toLowerCase(Locale.ROOT), c.title(),
                    t.reply().code(), replyText(c, t.reply()), t.shownAt(), t.answeredAt()));
        }
        return list;
    }

    /** A reply in the words the user clicked. */
    public static String replyText(StepContent step, Reply reply) {
        if (reply instanceof Reply.Answered a) {
            return step.answers().stream().filter(x -> x.id().equals(a.answerId())).map(StepContent.Choice::text)
                    .findFirst().orElse(a.answerId());
        }
        if (reply instanceof Reply.Worked) {
            return "That worked";
        }
        if (reply instanceof Reply.DidNotHelp) {
            return "Didn't help";
        }
        if (reply instanceof Reply.Skipped) {
            return "Skipped";
        }
        return "Chosen as the next step";
    }

    /** Plain text for a support request: what, on what, and every step tried. */
    private static String summary(SessionView v) {
        StringBuilder b = new StringBuilder();
        b.append("Headset: ").append(v.device().name()).append('\n');
        b.append("Connecting to: ").append(v.host().name()).append('\n');
        b.append("Problem: ").append(v.problem().title()).append('\n');
        b.append("Started: ").append(v.startedAt()).append(" (pairdoctor session ").append(v.id()).append(")\n");
        if (v.history().isEmpty()) {
            b.append("Steps tried: none yet\n");
        } else {
            b.append("Steps tried:\n");
            for (TurnView t : v.history()) {
                b.append("  ").append(t.number()).append(". ").append(t.title()).append(" -> ")
                        .append(t.replyText()).append('\n');
            }
        }
        if (v.fixedBy() != null) {
            b.append("Fixed by: ").append(v.fixedBy()).append('\n');
        } else if (v.escalation() != null) {
            b.append("Result: not fixed; next: ").append(v.escalation().content().title()).append('\n');
        }
        return b.toString();
    }
}
