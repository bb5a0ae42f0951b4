package org.pairdoctor.cli.terminal;

import org.pairdoctor.core.knowledge.StepTexts;
import org.pairdoctor.core.probe.Headset;
import org.pairdoctor.core.session.AuthoredModels;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Port: what the terminal session and the connector need from the knowledge base, in their own
 * terms, and the words of the steps the core builds its prompts from ({@link StepTexts}).
 * {@link KnowledgeBaseTerminal} adapts the knowledge base.
 */
public interface TerminalKnowledge extends AuthoredModels, StepTexts {
    List<Entry> devices();

    List<Entry> hosts();

    List<Entry> problems();

    /** The problems that exist for a headset (an earbuds-only problem is not offered for over-ear headphones). */
    default List<Entry> problems(String deviceId) {
        return problems();
    }

    /** A headset's button labels by button id ("touch-left" to "left touch sensor"); empty for an unknown device. */
    default Map<String, String> buttonLabels(String deviceId) {
        return Map.of();
    }

    /** Question id to probe id for the questions of a problem that a probe can answer. */
    Map<String, String> probes(String problemId);

    /** The headset as the connector needs it (scan names, pairing-mode instructions), for a device id. */
    Optional<Headset> headset(String deviceId);

    /** Every device as the connector needs it, by device id, in the knowledge base's order. */
    Map<String, Headset> headsets();

    /** The Linux host that best fits this desktop ({@code XDG_CURRENT_DESKTOP}), e.g. linux-gnome. */
    String linuxHost(String desktop);

    /** An id and the name a person reads. */
    record Entry(String id, String name) {
    }
}
