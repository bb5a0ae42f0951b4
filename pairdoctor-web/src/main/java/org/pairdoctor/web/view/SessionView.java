package org.pairdoctor.web.view;

import org.pairdoctor.core.knowledge.StepText;
import org.pairdoctor.core.prompt.Help;
import org.pairdoctor.web.content.DeviceEntry;
import org.pairdoctor.web.content.HostEntry;
import org.pairdoctor.web.content.ProblemEntry;

import java.time.Instant;
import java.util.List;

/**
 * A guided session as pages and the API show it.
 *
 * @param status in-progress, fixed, escalated or abandoned
 * @param step the step to do now; null when the session has ended
 * @param fixedBy the title of the step that fixed it, or null
 * @param escalation the escalation the session ended with, when it was escalated; else null
 * @param supportSummary plain text to paste into a support request; null while the session is in progress
 * @param help where to get help beyond pairdoctor, when the session was escalated; else null
 */
public record SessionView(String id, DeviceEntry device, HostEntry host, ProblemEntry problem, String channel,
                          String status, Instant startedAt, Instant endedAt, long elapsedSeconds, StepView step,
                          List<TurnView> history, String fixedBy, String fixedByStep, StepText escalation,
                          String supportSummary, Help help) {
    public SessionView {
        history = List.copyOf(history);
    }

    public boolean inProgress() {
        return "in-progress".equals(status);
    }

    public boolean fixed() {
        return "fixed".equals(status);
    }

    public boolean escalated() {
        return "escalated".equals(status);
    }

    /** Elapsed time as m:ss. */
    public String elapsedText() {
        return Durations.clock(elapsedSeconds);
    }

    /** Elapsed time in words: "45 seconds", "3 min 20 s". */
    public String elapsedWords() {
        return Durations.words(elapsedSeconds);
    }

    /** When it started, for people: "1 December 2026, 19:45 UTC". */
    public String startedText() {
        return Durations.when(startedAt);
    }
}
