package org.pairdoctor.core.learning;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The stored form of {@link LearnedParameters}: JSON, so that a version is one row and any tool can
 * read it. Unknown fields are ignored, so older servers can read newer rows.
 */
public final class LearnedParametersJson {
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    private LearnedParametersJson() {
    }

    public static String write(LearnedParameters p) {
        try {
            return JSON.writeValueAsString(new Stored(p.learnedAt().toString(), p.sessions(), p.pseudoCount(),
                    p.problems(), p.restoredFrom()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("learned parameters are plain data and always serialise", e);
        }
    }

    /** Reads a stored version; {@code version} comes from the row, not the JSON. */
    public static LearnedParameters read(long version, String json) {
        try {
            Stored s = JSON.readValue(json, Stored.class);
            return new LearnedParameters(version, java.time.Instant.parse(s.learnedAt()), s.sessions(),
                    s.pseudoCount(), s.problems(), s.restoredFrom());
        } catch (JsonProcessingException | RuntimeException e) {
            throw new org.pairdoctor.core.PairdoctorException("learned parameters version " + version
                    + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** @param restoredFrom absent in versions saved before rollbacks existed: those were learned */
    private record Stored(String learnedAt, int sessions, double pseudoCount,
                          java.util.Map<String, ProblemCounts> problems, Long restoredFrom) {
    }
}
