package org.pairdoctor.core.engine;

import org.pairdoctor.core.model.TroubleshootingModel;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Per-model precomputation (compiled arrays, solved tables), keyed by the model's value so that a
 * model rebuilt from the same knowledge is found again. The last model is also kept by identity,
 * which makes the common case (one session, many decisions) a pointer comparison. Bounded: when full
 * it starts over, which only costs recomputation. Thread-safe.
 */
final class ModelCache<T> {
    private static final int MAX = 512;
    private final ConcurrentHashMap<TroubleshootingModel, T> map = new ConcurrentHashMap<>();
    private final Function<TroubleshootingModel, T> compute;
    private volatile Entry<T> last;

    private record Entry<T>(TroubleshootingModel model, T value) {
    }

    ModelCache(Function<TroubleshootingModel, T> compute) {
        this.compute = compute;
    }

    T get(TroubleshootingModel model) {
        Entry<T> e = last;
        if (e != null && e.model() == model) {
            return e.value();
        }
        T v = map.get(model);
        if (v == null) {
            if (map.size() >= MAX) {
                map.clear();
            }
            v = map.computeIfAbsent(model, compute);
        }
        last = new Entry<>(model, v);
        return v;
    }
}
