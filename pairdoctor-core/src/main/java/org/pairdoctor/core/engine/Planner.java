package org.pairdoctor.core.engine;

import org.pairdoctor.core.model.TroubleshootingModel;

/** A policy that also explains its choices; what guided sessions use. Thread-safe. */
public interface Planner extends Policy {
    Recommendation recommend(TroubleshootingModel model, Evidence evidence);

    @Override
    default Step next(TroubleshootingModel model, Evidence evidence) {
        return recommend(model, evidence).step();
    }
}
