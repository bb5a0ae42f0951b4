package org.pairdoctor.core.engine;

/**
 * A policy that must be told the true cause before it can act: only a simulator can use it. Its
 * expected cost is taken over the causes' priors. {@link #next} without a cause is a mistake.
 */
public interface ClairvoyantPolicy extends Policy {
    /** The policy for a session whose true cause is {@code causeId}. */
    Policy knowing(String causeId);
}
