package org.pairdoctor.benchmarks;

import org.pairdoctor.core.model.TroubleshootingModel;
import org.pairdoctor.core.simulation.RandomModels;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** The models the benchmarks treat as shipped. */
final class ShippedModels {
    private ShippedModels() {
    }

    /**
     * Until the knowledge base is available here: stand-ins of the shipped models' size (about 10
     * causes, 10 actions, 3 questions), eleven of them.
     */
    static List<TroubleshootingModel> load() {
        List<TroubleshootingModel> out = new ArrayList<>();
        SplittableRandom rng = new SplittableRandom(11);
        for (int i = 0; i < 11; i++) {
            out.add(RandomModels.generate(rng.split(), 10, 10, 3));
        }
        return out;
    }
}
