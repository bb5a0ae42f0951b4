package org.pairdoctor.core.knowledge;

import java.util.List;

/**
 * A procedure a person carries out on a device (power on, enter pairing mode, reset) or on a host
 * (open Bluetooth settings, forget the device). Problem actions reference procedures by id, so the
 * same action renders with the right button presses and menu paths for each device and host.
 *
 * @param steps       the steps in order
 * @param alternativeSteps indexes into {@code steps} of the steps that are another way to do the step before
 *                    them (written {@code {text: ..., alternative: true}}), shown as "Or: ..." and not numbered
 * @param versions    menu paths for OS versions that differ from {@code steps}; may be empty
 * @param hold        the buttons to hold and for how long; null when nothing is held
 * @param indicator   what the indicator light does afterwards; may be null
 * @param voicePrompt what the headset says afterwards; may be null
 * @param pattern     the indicator's pattern afterwards, for the drawing; null when none is given
 * @param loses       what the procedure erases (empty when nothing)
 * @param sources     source ids backing the procedure
 * @param confidence  high, medium or low
 * @param note        may be null
 */
public record Procedure(String id, String title, List<String> steps, java.util.Set<Integer> alternativeSteps,
                        List<Variant> versions, Hold hold,
                        String indicator, String voicePrompt, Pattern pattern, List<String> loses, List<String> sources,
                        String confidence, String note) {
    public Procedure {
        steps = List.copyOf(steps);
        alternativeSteps = java.util.Set.copyOf(alternativeSteps);
        versions = List.copyOf(versions);
        loses = List.copyOf(loses);
        sources = List.copyOf(sources);
    }

    /** Buttons held together for a time. */
    public record Hold(List<String> buttons, double seconds) {
        public Hold {
            buttons = List.copyOf(buttons);
        }
    }

    /**
     * What a light does, for the drawing.
     *
     * @param light   an indicator id of the device
     * @param colour  blue, red, green, white or amber
     * @param flashes flashes in a row; 0 means it lights steadily
     * @param repeats whether the flashes repeat
     */
    public record Pattern(String light, String colour, int flashes, boolean repeats) {
    }

    /** Steps for particular OS versions, e.g. {@code "Android 9 and older"}. */
    public record Variant(String versions, List<String> steps) {
        public Variant {
            steps = List.copyOf(steps);
        }
    }
}
