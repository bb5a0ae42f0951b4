package org.pairdoctor.web.picture;

import org.pairdoctor.core.knowledge.Procedure;
import org.pairdoctor.core.knowledge.StepText;

/** Reads what a rendered instruction line asks of the headset as a {@link Scene}. */
public final class Pictures {
    private Pictures() {
    }

    /** The held buttons, their time and the light pattern the line expects afterwards. */
    public static Scene scene(StepText.Line line) {
        Procedure.Pattern p = line.pattern();
        return new Scene(line.buttons(), line.holdSeconds(),
                p == null ? null : new Scene.Flash(p.light(), p.colour(), p.flashes(), p.repeats()));
    }
}
