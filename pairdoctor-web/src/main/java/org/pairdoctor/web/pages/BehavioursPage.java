package org.pairdoctor.web.pages;

import org.pairdoctor.web.content.BehaviourEntry;
import org.pairdoctor.web.content.Observed;

import java.util.List;
import java.util.Map;

/**
 * The behaviour table, split into normal and needs fixing.
 *
 * @param observed by problem id: how often guided help fixed it, for problems with enough outcomes
 */
public record BehavioursPage(List<BehaviourEntry> normal, List<BehaviourEntry> needsFixing,
                             Map<String, Observed> observed) {
    public BehavioursPage {
        observed = Map.copyOf(observed);
    }

    public BehavioursPage(List<BehaviourEntry> normal, List<BehaviourEntry> needsFixing) {
        this(normal, needsFixing, Map.of());
    }

    /** The observed figure of the row's problem, or null. */
    public Observed observed(BehaviourEntry b) {
        return b.problemId() == null ? null : observed.get(b.problemId());
    }
}
