package org.pairdoctor.web.pages;

import org.pairdoctor.web.content.FaqEntry;

import java.util.List;

/**
 * Frequently asked questions about one headset.
 *
 * @param headset whose questions they are, and the other headsets to switch to
 */
public record FaqPage(HeadsetChoice headset, List<FaqEntry> entries) {
    public FaqPage {
        entries = List.copyOf(entries);
    }

    /** The start page for the entry's problem with this headset; null when the problem does not exist for it. */
    public String helpLink(FaqEntry f) {
        return headset.helpLink(f.problemId());
    }
}
