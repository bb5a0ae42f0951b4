package org.pairdoctor.web.pages;

import java.util.List;

/** The list of pairing guides, one per host. */
public record GuideIndexPage(List<HostGroup> hostGroups, String deviceId) {
}
