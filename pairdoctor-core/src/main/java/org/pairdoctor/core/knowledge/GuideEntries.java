package org.pairdoctor.core.knowledge;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The behaviour table and the FAQ as one headset's owner reads them: the rows and entries whose
 * {@code onlyWith} holds for the device, with their placeholders filled. A text that names the
 * device's buttons, lights or names takes those facts from the device file, so the rendered entry
 * cites the device's Help Guide too (the file's facts are sourced there). A row or entry whose behaviour or
 * question is one optional segment that does not apply ("[[Both {scanName} and {leScanName} ...]]" for a headset
 * without an LE entry) is left out, as a step made of such a segment is.
 */
final class GuideEntries {
    private GuideEntries() {
    }

    static List<Behaviour> behaviours(Collection<Behaviour> all, StepRenderer r) {
        Device d = r.device();
        return all.stream().filter(b -> b.onlyWith().matches(d))
                .map(b -> b.renderedFor(r, sources(b.sources(), b.texts().values(), d)))
                .filter(b -> !b.behaviour().isBlank()).toList();
    }

    static List<FaqEntry> faq(Collection<FaqEntry> all, StepRenderer r) {
        Device d = r.device();
        return all.stream().filter(q -> q.onlyWith().matches(d))
                .map(q -> q.renderedFor(r, sources(q.sources(), q.texts().values(), d)))
                .filter(q -> !q.question().isBlank()).toList();
    }

    /** The entry's sources, and the device's Help Guide when a text takes a fact from the device file. */
    private static List<String> sources(List<String> own, Collection<String> texts, Device d) {
        boolean usesDevice = texts.stream().filter(java.util.Objects::nonNull)
                .anyMatch(t -> Placeholders.names(t).stream().anyMatch(n -> !"host".equals(n)));
        if (!usesDevice || d.helpGuide() == null || own.contains(d.helpGuide())) {
            return own;
        }
        List<String> out = new ArrayList<>(own);
        out.add(d.helpGuide());
        return out;
    }
}
