package org.pairdoctor.web.picture;

import java.util.List;
import java.util.Optional;

/**
 * What a headset says about itself for its drawing (from its file in {@code knowledge/devices/}):
 * its form, its controls and its lights, each on a part at a position within that part's outline.
 *
 * @param form over-ear (parts left, right: the earcups seen from outside), earbuds (left, right,
 *             case) or other (body)
 */
public record Headset(String name, String form, List<Control> controls, List<Light> lights) {
    public Headset {
        controls = List.copyOf(controls);
        lights = List.copyOf(lights);
    }

    public Optional<Control> control(String id) {
        return controls.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public Optional<Light> light(String id) {
        return lights.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    /** True when there is something to draw: a control or a light. */
    public boolean drawable() {
        return !controls.isEmpty() || !lights.isEmpty();
    }

    /**
     * A button or touch area.
     *
     * @param kind button, touch-panel, touch-sensor, case-button or nfc-mark
     * @param x    0..1 within the part's outline, from the left
     * @param y    0..1 within the part's outline, from the top
     */
    public record Control(String id, String label, String kind, String part, double x, double y) {
    }

    /** An indicator light and the colours it can show. */
    public record Light(String id, String part, double x, double y, List<String> colours) {
        public Light {
            colours = List.copyOf(colours);
        }
    }
}
