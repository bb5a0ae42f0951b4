package org.pairdoctor.web.pages;

import org.pairdoctor.web.content.DeviceEntry;
import org.pairdoctor.web.content.ProblemEntry;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The headset a reference page (behaviour table, FAQ) is written for, and the others it can switch to
 * with one tap.
 *
 * @param path     the page's own path, for the links to the other headsets
 * @param others   every other headset, in the catalogue's order
 * @param problems a problem by id (to link only problems that exist for the headset)
 */
public record HeadsetChoice(DeviceEntry device, String path, List<DeviceEntry> others,
                            Function<String, Optional<ProblemEntry>> problems) {
    public HeadsetChoice {
        others = List.copyOf(others);
    }

    static HeadsetChoice of(DeviceEntry device, String path, List<DeviceEntry> all,
                            Function<String, Optional<ProblemEntry>> problems) {
        return new HeadsetChoice(device, path, all.stream().filter(d -> !d.id().equals(device.id())).toList(),
                problems);
    }

    /** This page for another headset. */
    public String link(DeviceEntry other) {
        return path + "?device=" + URLEncoder.encode(other.id(), StandardCharsets.UTF_8);
    }

    /** The start page with the problem and this headset chosen; null without a problem or where it does not exist. */
    public String helpLink(String problemId) {
        if (problemId == null) {
            return null;
        }
        return problems.apply(problemId)
                .filter(p -> p.devices() == null || p.devices().contains(device.id()))
                .map(p -> "/?problem=" + URLEncoder.encode(p.id(), StandardCharsets.UTF_8) + "&device="
                        + URLEncoder.encode(device.id(), StandardCharsets.UTF_8))
                .orElse(null);
    }
}
