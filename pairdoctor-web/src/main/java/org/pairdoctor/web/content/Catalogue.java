package org.pairdoctor.web.content;

import org.pairdoctor.core.knowledge.StepText;
import org.pairdoctor.core.knowledge.StepTexts;

import java.util.List;
import java.util.Optional;

/**
 * Port: what the web pages and the API need from the knowledge base, in the web's own terms, and
 * the words of the steps the core builds its prompts from ({@link StepTexts}). The knowledge base is
 * adapted to it by {@code KnowledgeCatalogue}; tests use a small hand-written one. Implementations
 * are immutable and thread-safe.
 */
public interface Catalogue extends StepTexts {
    List<DeviceEntry> devices();

    List<HostEntry> hosts();

    List<ProblemEntry> problems();

    default Optional<DeviceEntry> device(String id) {
        return devices().stream().filter(d -> d.id().equals(id)).findFirst();
    }

    default Optional<HostEntry> host(String id) {
        return hosts().stream().filter(h -> h.id().equals(id)).findFirst();
    }

    default Optional<ProblemEntry> problem(String id) {
        return problems().stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /**
     * What the headset says about itself for its pictures (form, controls, lights); empty when the
     * knowledge has nothing to draw (the generic headset).
     */
    default Optional<org.pairdoctor.web.picture.Headset> headset(String deviceId) {
        return Optional.empty();
    }

    /** The printable pairing guide for a host and device, in order. */
    List<StepText.Line> pairingGuide(String hostId, String deviceId);

    /**
     * The pairing guide grouped by the steps it is made of, so pages can show what was observed of
     * each, in sections in the order of use. By default one group of {@link #pairingGuide} without a
     * step, under {@code pair}.
     */
    default List<GuideStep> pairingGuideSteps(String hostId, String deviceId) {
        return List.of(new GuideStep(null, null, GuideStep.PAIR, null, pairingGuide(hostId, deviceId), null));
    }

    /** The behaviour table as written, for every headset. */
    List<BehaviourEntry> behaviours();

    /** The behaviour table for one headset: its rows, with its names, buttons and lights. By default all rows. */
    default List<BehaviourEntry> behaviours(String deviceId) {
        return behaviours();
    }

    /** The FAQ as written, for every headset. */
    List<FaqEntry> faq();

    /** The FAQ for one headset: its entries, with its names, buttons and lights. By default all entries. */
    default List<FaqEntry> faq(String deviceId) {
        return faq();
    }

    /** The source document's checked claims about a device. */
    List<ClaimEntry> claims(String deviceId);
}
