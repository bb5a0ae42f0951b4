package org.pairdoctor.web.picture;

import java.util.List;

/**
 * What one instruction asks of the headset: the controls held (for how long) and the light pattern
 * to expect afterwards.
 *
 * @param held    control ids held together; empty when none
 * @param seconds how long they are held; null when not given
 * @param flash   the light pattern to expect; null when none
 */
public record Scene(List<String> held, Integer seconds, Flash flash) {
    public Scene {
        held = List.copyOf(held);
    }

    public boolean empty() {
        return held.isEmpty() && flash == null;
    }

    /**
     * A light pattern.
     *
     * @param light   the light's id
     * @param colour  blue, red, green, white or amber
     * @param flashes flashes in a row; 0 means it stays lit
     * @param repeats whether the flashes repeat
     */
    public record Flash(String light, String colour, int flashes, boolean repeats) {
    }
}
