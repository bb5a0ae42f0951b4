package org.pairdoctor.core.statistics;

/**
 * How often a repair step was done in sessions of a problem on a host with a headset, and how often it fixed it
 * ("worked" against "didn't help"; skips are not tries).
 */
public record StepCount(String problemId, String hostId, String deviceId, String stepId, long tries, long fixes) {
    public StepCount {
        if (fixes > tries || fixes < 0) {
            throw new IllegalArgumentException("step '" + stepId + "': " + fixes + " fixes of " + tries + " tries");
        }
    }
}
