package org.pairdoctor.core.learning;

import org.junit.jupiter.api.Test;
import org.pairdoctor.core.model.Action;
import org.pairdoctor.core.model.Cause;
import org.pairdoctor.core.model.Escalation;
import org.pairdoctor.core.model.TroubleshootingModel;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Learning keeps effort and waiting apart: stored durations are clock time, only effort is learned. */
class OutcomeCountsTest {
    @Test
    void aStepWithWaitingLearnsItsEffortFromClockTimeMinusTheWait() {
        TroubleshootingModel base = new TroubleshootingModel("dead", Map.of(),
                List.of(new Cause("flat", 0.5), new Cause("broken", 0.5)),
                List.of(new Action("charge", Action.cost(30, 600), Map.of("flat", 0.9), false, 30, 600)),
                List.of(), new Escalation("repair", 21_600, Escalation.Kind.REPAIR), List.of());
        // Ten people took 660 s of clock time each: 60 s of effort and the 600 s charge.
        OutcomeCounts counts = new OutcomeCounts(10, Map.of(), Map.of(), Map.of(), Map.of(),
                Map.of("charge", 10.0), Map.of("charge", 6600.0));
        Action learned = counts.apply(base, 1).action("charge").orElseThrow();
        double effort = (1 * 30 + 10 * 60) / 11.0;
        assertThat(learned.effortSeconds()).isCloseTo(effort, within(1e-9));
        assertThat(learned.waitSeconds()).isEqualTo(600);
        assertThat(learned.seconds()).isCloseTo(effort + Action.WAIT_WEIGHT * 600, within(1e-9));
        assertThat(counts.apply(base, 1).escalation()).isEqualTo(base.escalation());
    }
}
