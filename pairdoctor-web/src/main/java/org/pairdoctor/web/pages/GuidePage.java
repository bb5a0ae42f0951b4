package org.pairdoctor.web.pages;

import org.pairdoctor.web.content.DeviceEntry;
import org.pairdoctor.web.content.HostEntry;
import org.pairdoctor.web.content.Observed;
import org.pairdoctor.web.content.StepContent;

import java.util.List;

/** The printable pairing guide for one host and device, step by step. */
public record GuidePage(HostEntry host, DeviceEntry device, List<Part> parts, List<DeviceEntry> devices) {
    public GuidePage {
        parts = List.copyOf(parts);
    }

    /**
     * The lines of one step and what was observed of it.
     *
     * @param observed how often the step fixed it, when enough people tried it; else null
     */
    public record Part(List<StepContent.Line> lines, Observed observed) {
        public Part {
            lines = List.copyOf(lines);
        }

        /** Whether line {@code i} is the step's last (the figure goes there). */
        public boolean last(int i) {
            return i == lines.size() - 1;
        }
    }

    /** Every line, in order. */
    public List<StepContent.Line> lines() {
        return parts.stream().flatMap(p -> p.lines().stream()).toList();
    }
}
