package org.pairdoctor.web.view;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.pairdoctor.core.engine.Evidence;
import org.pairdoctor.core.session.GuidedSession;
import org.pairdoctor.core.session.Lookahead;
import org.pairdoctor.core.session.SessionRecord;

/**
 * The core's look-ahead ("step n of about m"), kept per model and state: working it out asks the planner
 * once per step ahead, which made every page and API answer several times dearer. One look-ahead gives the
 * figures of the states on its path, and the next answer usually lands on one of them. The model is named
 * by what selects it (problem, host, headset, learned version): knowledge does not change while serving.
 * Bounded, so distinct sessions cannot grow it without limit. Thread-safe.
 */
final class KeptLookahead implements Lookahead {
    private static final int MAX_STATES = 50_000;

    /** A model and evidence state; hashed once: evidence hashes by walking its sets, and every answer looks one up. */
    private static final class Key {
        private final String problem;
        private final String host;
        private final String device;
        private final long version;
        private final Evidence evidence;
        private final int hash;

        Key(String problem, String host, String device, long version, Evidence evidence) {
            this.problem = problem;
            this.host = host;
            this.device = device;
            this.version = version;
            this.evidence = evidence;
            this.hash = java.util.Objects.hash(problem, host, device, version, evidence);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && hash == k.hash && version == k.version && problem.equals(k.problem)
                    && host.equals(k.host) && device.equals(k.device) && evidence.equals(k.evidence);
        }
    }

    private final Cache<Key, Double> kept = Caffeine.newBuilder().maximumSize(MAX_STATES).build();

    @Override
    public double stepsAhead(GuidedSession session) {
        SessionRecord r = session.record();
        Key key = key(r, session.evidence());
        Double known = kept.getIfPresent(key);
        if (known != null) {
            return known;
        }
        var path = session.stepsAheadOnPath();
        path.forEach(s -> kept.put(key(r, s.evidence()), s.steps()));
        return path.get(0).steps();
    }

    private static Key key(SessionRecord r, Evidence evidence) {
        return new Key(r.problemId(), r.hostId(), r.deviceId(), r.parametersVersion(), evidence);
    }
}
