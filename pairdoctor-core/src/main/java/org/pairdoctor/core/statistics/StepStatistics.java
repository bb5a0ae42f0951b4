package org.pairdoctor.core.statistics;

/**
 * How often a repair step fixed the problem when it was tried, with its 95% Wilson interval.
 *
 * @param hostId the host, or {@link Statistics#ALL_HOSTS} for every host together
 */
public record StepStatistics(String problemId, String hostId, String stepId, Proportion fixed) {
}
