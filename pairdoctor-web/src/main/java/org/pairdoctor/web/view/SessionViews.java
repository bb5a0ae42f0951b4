package org.pairdoctor.web.view;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.pairdoctor.core.knowledge.StepText;
import org.pairdoctor.core.model.StepKind;
import org.pairdoctor.core.prompt.Help;
import org.pairdoctor.core.prompt.Prompt;
import org.pairdoctor.core.prompt.Prompts;
import org.pairdoctor.core.prompt.SupportSummary;
import org.pairdoctor.core.session.GuidedSession;
import org.pairdoctor.core.session.ModelSource;
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
    /** Drawings depend on the headset's data and the line alone: kept, not redrawn on every page. */
    private final Cache<DrawingKey, Optional<Picture>> drawings = Caffeine.newBuilder().maximumSize(5_000).build();

    private record DrawingKey(String device, Scene scene, String id) {
    }

    public SessionViews(Catalogue catalogue, Clock clock) {
        this(catalogue, clock, OutcomeFigures.NONE);
    }

    public SessionViews(Catalogue catalogue, Clock clock, OutcomeFigures figures) {
        this(catalogue, clock, figures, null);
    }

    /** @param models the sessions' model source, asked what stands behind learned numbers; null for none */
    public SessionViews(Catalogue catalogue, Clock clock, OutcomeFigures figures, ModelSource models) {
        this.catalogue = catalogue;
        this.clock = clock;
        this.figures = figures;
        this.prompts = new Prompts(catalogue, models, new KeptLookahead());
    }

    /** The observed figures the pages show beside the estimates. */
    public OutcomeFigures figures() {
        return figures;
    }

    public SessionView view(GuidedSession session) {
        return view(session, true);
    }

    /**
     * The session as an answer's response shows it: the step to do now, the status and times, without the
     * history, the support summary, where help is or the lines' pictures (the REST API's step responses carry
     * none of them, and the history grows with every turn).
     */
    public SessionView brief(GuidedSession session) {
        return view(session, false);
    }

    private SessionView view(GuidedSession session, boolean full) {
        SessionRecord r = session.record();
        DeviceEntry device = catalogue.device(r.deviceId()).orElse(new DeviceEntry(r.deviceId(), r.deviceId()));
        HostEntry host = catalogue.host(r.hostId()).orElse(new HostEntry(r.hostId(), r.hostId(), "", null));
        ProblemEntry problem = catalogue.problem(r.problemId())
                .orElse(new ProblemEntry(r.problemId(), r.problemId(), "", "problem"));
        StepView step = prompts.current(session).map(p -> step(session, p, full)).orElse(null);
        List<TurnView> history = full ? history(r) : List.of();
        Instant end = r.endedAt() != null ? r.endedAt() : clock.instant();
        long elapsed = Math.max(0, Duration.between(r.startedAt(), end).toSeconds());
        String fixedBy = r.fixedBy() == null || !full ? null : text(r, r.fixedBy()).title();
        StepText escalation = r.outcome() == Outcome.ESCALATED && full
                ? text(r, session.model().escalation().id()) : null;
        String status = r.outcome().name().toLowerCase(Locale.ROOT).replace('_', '-');
        Help help = escalation != null ? prompts.help(session) : null;
        // The terminal prints the same summary (core SupportSummary). Only an ended session's page shows it.
        String summary = r.outcome() == Outcome.IN_PROGRESS || !full ? null
                : SupportSummary.of(r, catalogue, device.name(), host.name(), problem.title()).text();
        return new SessionView(r.id(), device, host, problem, r.channel(), status, r.startedAt(), r.endedAt(),
                elapsed, step, history, fixedBy, r.fixedBy(), escalation, summary, help);
    }

    private StepText text(SessionRecord r, String stepId) {
        return catalogue.stepText(r.problemId(), stepId, r.hostId(), r.deviceId());
    }

    /** @param pictures whether to draw the lines' pictures (pages); an API answer shows none */
    private StepView step(GuidedSession session, Prompt prompt, boolean pictures) {
        SessionRecord r = session.record();
        Prompt.Why w = prompt.why();
        List<Why.CauseView> causes = w.causes().stream()
                .map(c -> new Why.CauseView(c.id(), c.title(), c.probability(), c.basis(),
                        c.origin().learned() ? c.origin().text() : null)).toList();
        String chance = prompt.fixChance() == null ? null : Math.round(prompt.fixChance() * 100) + "% ("
                + prompt.origin().text() + ")";
        Why why = new Why(w.reason(), w.expectedRemainingSeconds(), causes, w.estimate(), w.numbers(), chance);
        // Only repair steps fix anything: questions and escalations have no observed figure.
        Observed observed = prompt.kind() == StepKind.ACTION
                ? figures.step(r.problemId(), r.hostId(), prompt.stepId()).orElse(null) : null;
        return pictures ? new StepView(prompt, why, observed, shown(r, prompt)) : new StepView(prompt, why, observed);
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
                    : drawings.get(new DrawingKey(r.deviceId(), scene, id), k -> Drawing.draw(headset.get(), scene, id))
                    .orElse(null);
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
        return SupportSummary.replyText(step, reply);
    }
}
