package org.pairdoctor.core.knowledge;

import org.pairdoctor.core.model.StepKind;

import java.util.List;

/**
 * Everything a page or terminal needs to show one step, rendered for one host and device: device
 * and host procedures are expanded into their steps, with the indicator, voice prompt and hold time
 * the person should expect.
 *
 * @param lines             the instructions in order (for a question: how to find out the answer)
 * @param answers           the possible answers (questions only; empty otherwise)
 * @param loses             what a destructive step erases; null otherwise
 * @param basis             {@code estimate} or {@code data}: where the step's numbers come from
 * @param escalationContact whom to contact (escalation only); may be null
 * @param alternatives      workarounds (escalation only)
 */
public record StepText(String stepId, StepKind kind, String title, List<Line> lines, List<AnswerText> answers,
                       boolean destructive, String loses, String basis, String escalationContact,
                       List<String> alternatives) {
    public StepText {
        lines = List.copyOf(lines);
        answers = List.copyOf(answers);
        alternatives = List.copyOf(alternatives);
    }

    /**
     * One rendered instruction line.
     *
     * @param indicator   what the indicator light does after this line; may be null
     * @param voicePrompt what the headset says after this line; may be null
     * @param holdSeconds how long to hold {@code buttons}; null when nothing is held
     * @param versionNote the OS versions this line applies to (e.g. "Android 9 and older"); null when all
     * @param alternative true when the line is another way to do what the line before it does (shown as
     *                    "Or: ...", not numbered as a step of its own)
     * @param pattern     the light's pattern to expect after this line (for the headset's picture); may be null
     */
    public record Line(String text, String indicator, String voicePrompt, Integer holdSeconds,
                       List<String> buttons, String versionNote, boolean alternative, Procedure.Pattern pattern) {
        public Line {
            buttons = buttons == null ? List.of() : List.copyOf(buttons);
        }

        /** A line without a light pattern. */
        public Line(String text, String indicator, String voicePrompt, Integer holdSeconds, List<String> buttons,
                    String versionNote, boolean alternative) {
            this(text, indicator, voicePrompt, holdSeconds, buttons, versionNote, alternative, null);
        }

        /** A line that is not an alternative. */
        public Line(String text, String indicator, String voicePrompt, Integer holdSeconds, List<String> buttons,
                    String versionNote) {
            this(text, indicator, voicePrompt, holdSeconds, buttons, versionNote, false);
        }

        public static Line of(String text) {
            return new Line(text, null, null, null, List.of(), null, false, null);
        }

        /** Whether the line is not a step of its own: an alternative or another OS version's way. */
        public boolean aside() {
            return alternative || versionNote != null;
        }

        /** This line marked as an alternative to the one before it. */
        public Line asAlternative() {
            return new Line(text, indicator, voicePrompt, holdSeconds, buttons, versionNote, true, pattern);
        }
    }

    /** An answer a person can give. */
    public record AnswerText(String id, String text) {
    }
}
