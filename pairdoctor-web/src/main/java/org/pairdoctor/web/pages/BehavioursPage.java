package org.pairdoctor.web.pages;

import org.pairdoctor.web.content.BehaviourEntry;

import java.util.List;

/** The behaviour table, split into normal and needs fixing. */
public record BehavioursPage(List<BehaviourEntry> normal, List<BehaviourEntry> needsFixing) {
}
