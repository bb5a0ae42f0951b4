package org.pairdoctor.web.view;

import org.pairdoctor.core.knowledge.StepText;
import org.pairdoctor.core.model.StepKind;
import org.pairdoctor.core.prompt.Help;
import org.pairdoctor.core.prompt.Prompt;
import org.pairdoctor.core.prompt.Prompts;
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
import org.pairdoctor.web.picture.Drawing;
import org.pairdoctor.web.picture.Headset;
import org.pairdoctor.web.picture.Picture;
import org.pairdoctor.web.picture.Pictures;
import org.pairdoctor.web.picture.Scene;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns a guided session into what pages and the API show: the core's prompt of the current step
 * (built by {@link Prompts}: its words for the user's host and headset and the replies it accepts)
 * with what was observed of it, the history in words, and the summary for a support request.
 * Thread-safe.
 */
public final class SessionViews {
    private final Catalogue catalogue;
    private final Clock clock;
    private final OutcomeFigures figures;
    private final Prompts prompts;

    public SessionViews(Catalogue catalogue, Clock clock) {
        this(catalogue, clock, OutcomeFigures.NONE);
    }

    public SessionViews(Catalogue catalogue, Clock clock, OutcomeFigures figures) {
        this.catalogue = catalogue;
        this.clock = clock;
        this.figures = figures;
        this.prompts = new Prompts(catalogue);
    }

    /** The observed figures the pages show beside the estimates. */
    public OutcomeFigures figures() {
        return figures;
    }

    public SessionView view(GuidedSession session) {
        SessionRecord r = session.record();
        DeviceEntry device = catalogue.device(r.deviceId()).orElse(new DeviceEntry(r.deviceId(), r.deviceId()));
        HostEntry host = catalogue.host(r.hostId()).orElse(new HostEntry(r.hostId(), r.hostId(), "", null));
        ProblemEntry problem = catalogue.problem(r.problemId())
                .orElse(new ProblemEntry(r.problemId(), r.problemId(), "", "problem"));
        StepView step = prompts.current(session).map(p -> step(session, p)).orElse(null);
        List<TurnView> history = history(r);
        Instant end = r.endedAt() != null ? r.endedAt() : clock.instant();
        long elapsed = Math.max(0, Duration.between(r.startedAt(), end).toSeconds());
        String fixedBy = r.fixedBy() == null ? null : text(r, r.fixedBy()).title();
        StepText escalation = r.outcome() == Outcome.ESCALATED ? text(r, session.model().escalation().id()) : null;
        String status = r.outcome().name().toLowerCase(Locale.ROOT).replace('_', '-');
        Help help = escalation != null ? prompts.help(session) : null;
        SessionView draft = new SessionView(r.id(), device, host, problem, r.channel(), status, r.startedAt(),
                r.endedAt(), elapsed, step, history, fixedBy, r.fixedBy(), escalation, "", help);
        return new SessionView(r.id(), device, host, problem, r.channel(), status, r.startedAt(), r.endedAt(),
                elapsed, step, history, fixedBy, r.fixedBy(), escalation, summary(draft), help);
    }

    private StepText text(SessionRecord r, String stepId) {
        return catalogue.stepText(r.problemId(), stepId, r.hostId(), r.deviceId());
    }

    private StepView step(GuidedSession session, Prompt prompt) {
        SessionRecord r = session.record();
        Prompt.Why w = prompt.why();
        List<Why.CauseView> causes = w.causes().stream()
                .map(c -> new Why.CauseView(c.id(), c.title(), c.probability(), c.basis())).toList();
        Why why = new Why(w.reason(), w.expectedRemainingSeconds(), causes, w.estimate());
        // Only repair steps fix anything: questions and escalations have no observed figure.
        Observed observed = prompt.kind() == StepKind.ACTION
                ? figures.step(r.problemId(), r.hostId(), prompt.stepId()).orElse(null) : null;
        return new StepView(prompt, why, observed, shown(r, prompt));
    }

    /** The lines with their buttons' labels and, where a line holds a button or expects a light, its picture. */
    private List<StepView.Shown> shown(SessionRecord r, Prompt prompt) {
        Optional<Headset> headset = catalogue.headset(r.deviceId()).filter(Headset::drawable);
        List<StepView.Shown> out = new ArrayList<>();
        List<StepText.Line> lines = prompt.lines();
        for (int i = 0; i < lines.size(); i++) {
            StepText.Line line = lines.get(i);
            List<String> labels = line.buttons().stream().map(b -> headset.flatMap(h -> h.control(b))
                    .map(Headset.Control::label).orElse(b)).toList();
            Scene scene = Pictures.scene(line);
            String id = "pic-" + prompt.stepId() + "-" + i;
            Picture picture = headset.isEmpty() || scene.empty() ? null
                    : Drawing.draw(headset.get(), scene, id).orElse(null);
            out.add(new StepView.Shown(line, labels, picture));
        }
        return out;
    }

    private List<TurnView> history(SessionRecord r) {
        List<TurnView> list = new ArrayList<>();
        int n = 1;
        for (Turn t : r.turns()) {
            StepText c = text(r, t.stepId());
            list.add(new TurnView(n++, t.stepId(), t.kind().code(), c.title(),
                    t.reply().code(), replyText(c, t.reply()), t.shownAt(), t.answeredAt()));
        }
        return list;
    }

    /** A reply in the words the user clicked. */
    public static String replyText(StepText step, Reply reply) {
        if (reply instanceof Reply.Answered a) {
            return step.answers().stream().filter(x -> x.id().equals(a.answerId())).map(StepText.AnswerText::text)
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
        if (reply instanceof Reply.Confirmed) {
            return "Confirmed: OK to erase " + (step.loses() == null ? "what it erases" : step.loses());
        }
        return "Chosen as the next step";
    }

    /** Plain text for a support request: what, on what, and every step tried. */
    private static String summary(SessionView v) {
        StringBuilder b = new StringBuilder();
        b.append("Headset: ").append(v.device().name()).append('\n');
        b.append("Connecting to: ").append(v.host().name()).append('\n');
        b.append("Problem: ").append(v.problem().title()).append('\n');
        b.append("Started: ").append(v.startedText()).append(" (pairdoctor session ").append(v.id()).append(")\n");
        if (v.history().isEmpty()) {
            b.append("Steps tried: none yet\n");
        } else {
            b.append("Steps tried:\n");
            for (TurnView t : v.history()) {
                b.append("  ").append(t.number()).append(". ").append(t.title()).append(" -> ")
                        .append(t.replyText()).append('\n');
            }
            b.append("Time spent: ").append(v.elapsedWords()).append('\n');
        }
        if (v.fixedBy() != null) {
            b.append("Fixed by: ").append(v.fixedBy()).append('\n');
        } else if (v.escalation() != null) {
            b.append("Result: not fixed; next: ").append(v.escalation().title()).append('\n');
        }
        return b.toString();
    }
}
