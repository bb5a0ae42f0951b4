package org.pairdoctor.web.content;

import java.util.List;

/**
 * The lines of one step of a pairing guide.
 *
 * @param problemId the problem the step belongs to, or null when the guide is not made of steps
 * @param stepId the step, or null likewise
 */
public record GuideStep(String problemId, String stepId, List<StepContent.Line> lines) {
    public GuideStep {
        lines = List.copyOf(lines);
    }
}
