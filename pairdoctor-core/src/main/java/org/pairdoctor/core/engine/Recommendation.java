package org.pairdoctor.core.engine;

/** The step a planner recommends next, with its explanation. */
public record Recommendation(Step step, Explanation explanation) {
}
