package org.pairdoctor.web.picture;

import org.pairdoctor.core.knowledge.StepText;

/** Reads what a rendered instruction line asks of the headset as a {@link Scene}. */
public final class Pictures {
    private Pictures() {
    }

    /** The held buttons and their time; the light pattern once lines carry it (device data, branch devices). */
    public static Scene scene(StepText.Line line) {
        return new Scene(line.buttons(), line.holdSeconds(), null);
    }
}
