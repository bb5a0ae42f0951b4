package org.pairdoctor.core.model;

/**
 * One possible root cause of a problem. Exactly one cause of a model is present (single-fault
 * assumption); {@code prior} is the probability that it is this one before any evidence.
 */
public record Cause(String id, double prior) {
    public Cause {
        Checks.id(id, "cause");
        Checks.probability(prior, "prior of cause '" + id + "'");
    }
}
