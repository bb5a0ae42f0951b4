package org.pairdoctor.web.content;

import org.pairdoctor.core.knowledge.StepText;

import java.util.List;

/**
 * One step of a pairing guide, in its section.
 *
 * @param problemId the problem the step belongs to, or null when the guide is not made of steps
 * @param stepId    the step, or null likewise
 * @param section   {@value #PAIR}, {@code not-listed}, {@code still-fails} or {@code last-resort}
 * @param title     the step's title, or null when the guide is not made of steps
 * @param loses     what the step erases, or null when it erases nothing
 */
public record GuideStep(String problemId, String stepId, String section, String title, List<StepText.Line> lines,
                        String loses) {
    /** The first section: pairing when nothing is wrong. */
    public static final String PAIR = "pair";

    public GuideStep {
        lines = List.copyOf(lines);
    }
}
