package org.pairdoctor.web.content;

import java.util.Optional;

/**
 * Port: observed figures from finished sessions, for pages to show beside the knowledge base's
 * estimates. Answers only when enough people are counted; otherwise empty, so a handful of
 * sessions never passes for data. Implementations must be cheap per call (pages ask on every
 * request) and thread-safe.
 */
public interface OutcomeFigures {
    /** Nothing observed: for tests and servers without statistics. */
    OutcomeFigures NONE = new OutcomeFigures() {
        @Override
        public Optional<Observed> step(String problemId, String hostId, String stepId) {
            return Optional.empty();
        }

        @Override
        public Optional<Observed> problem(String problemId) {
            return Optional.empty();
        }
    };

    /**
     * How often a repair step fixed the problem: on this host when enough people there tried it,
     * else over every host when enough did, else empty.
     */
    Optional<Observed> step(String problemId, String hostId, String stepId);

    /** How often guided sessions of a problem ended fixed, over every host, when enough ended. */
    Optional<Observed> problem(String problemId);
}
