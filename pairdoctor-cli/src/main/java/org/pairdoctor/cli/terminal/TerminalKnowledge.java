package org.pairdoctor.cli.terminal;

import org.pairdoctor.bluez.Headset;
import org.pairdoctor.core.session.AuthoredModels;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Port: what the terminal session and the connector need from the knowledge base, in their own
 * terms. {@link KnowledgeBaseTerminal} adapts the knowledge base; tests use a small hand-written one.
 */
public interface TerminalKnowledge extends AuthoredModels {
    List<Entry> devices();

    List<Entry> hosts();

    List<Entry> problems();

    /** One step rendered for a host and device: title, instruction lines, answers. */
    StepView step(String problemId, String stepId, String hostId, String deviceId);

    String causeTitle(String problemId, String causeId);

    /** Question id to probe id for the questions of a problem that a probe can answer. */
    Map<String, String> probes(String problemId);

    /** The headset as the connector needs it (scan names, pairing-mode instructions), for a device id. */
    Optional<Headset> headset(String deviceId);

    /** The Linux host that best fits this desktop ({@code XDG_CURRENT_DESKTOP}), e.g. linux-gnome. */
    String linuxHost(String desktop);

    /** An id and the name a person reads. */
    record Entry(String id, String name) {
    }

    /**
     * A step as the terminal shows it.
     *
     * @param kind action, question or escalation
     * @param loses what a destructive step erases, or null
     * @param contact who to contact (escalation only), or null
     */
    record StepView(String kind, String title, List<String> lines, List<Entry> answers, boolean destructive,
                    String loses, String contact, List<String> alternatives) {
        public StepView {
            lines = List.copyOf(lines);
            answers = List.copyOf(answers);
            alternatives = alternatives == null ? List.of() : List.copyOf(alternatives);
        }
    }
}
