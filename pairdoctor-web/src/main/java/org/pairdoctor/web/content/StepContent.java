package org.pairdoctor.web.content;

import java.util.List;

/**
 * One step as the user reads it, rendered for a host and a device.
 *
 * @param kind action, question or escalation
 * @param loses what a destructive step erases, or null
 * @param basis estimate or data: where the step's numbers come from
 * @param contact who to contact (escalation only), or null
 * @param alternatives workarounds such as the audio cable (escalation only)
 */
public record StepContent(String id, String kind, String title, List<Line> lines, List<Choice> answers,
                          boolean destructive, String loses, String basis, String contact,
                          List<String> alternatives) {
    public StepContent {
        lines = List.copyOf(lines);
        answers = List.copyOf(answers);
        alternatives = alternatives == null ? List.of() : List.copyOf(alternatives);
    }

    /**
     * One instruction line.
     *
     * @param indicator what the indicator light should do, or null
     * @param voicePrompt what the headset should say, or null
     * @param holdSeconds how long to hold {@code buttons}, or null
     * @param versionNote which OS versions the line is for, or null
     * @param alternative another way to do what the line before it does: shown as "Or: ...", not numbered
     */
    public record Line(String text, String indicator, String voicePrompt, Integer holdSeconds,
                       List<String> buttons, String versionNote, boolean alternative) {
        public Line {
            buttons = buttons == null ? List.of() : List.copyOf(buttons);
        }

        /** A line that is not an alternative. */
        public Line(String text, String indicator, String voicePrompt, Integer holdSeconds, List<String> buttons,
                    String versionNote) {
            this(text, indicator, voicePrompt, holdSeconds, buttons, versionNote, false);
        }

        public static Line of(String text) {
            return new Line(text, null, null, null, List.of(), null);
        }

        /** Whether the line is not a step of its own: an alternative or another OS version's way. */
        public boolean aside() {
            return alternative || versionNote != null;
        }
    }

    /** An answer to a question. */
    public record Choice(String id, String text) {
    }
}
