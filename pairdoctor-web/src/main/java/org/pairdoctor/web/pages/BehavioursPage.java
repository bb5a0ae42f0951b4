package org.pairdoctor.web.pages;

import org.pairdoctor.web.content.BehaviourEntry;
import org.pairdoctor.web.content.Observed;

import java.util.List;
import java.util.Map;

/**
 * The behaviour table of one headset, split into normal and needs fixing.
 *
 * @param headset  whose table it is, and the other headsets to switch to
 * @param observed by problem id: how often guided help fixed it, for problems with enough outcomes
 */
public record BehavioursPage(HeadsetChoice headset, List<BehaviourEntry> normal, List<BehaviourEntry> needsFixing,
                             Map<String, Observed> observed) {
    public BehavioursPage {
        normal = List.copyOf(normal);
        needsFixing = List.copyOf(needsFixing);
        observed = Map.copyOf(observed);
    }

    /** The observed figure of the row's problem, or null. */
    public Observed observed(BehaviourEntry b) {
        return b.problemId() == null ? null : observed.get(b.problemId());
    }

    /** The start page for the row's problem with this headset; null when the problem does not exist for it. */
    public String helpLink(BehaviourEntry b) {
        return headset.helpLink(b.problemId());
    }
}
