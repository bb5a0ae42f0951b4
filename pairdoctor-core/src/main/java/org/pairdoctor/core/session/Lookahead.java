package org.pairdoctor.core.session;

/**
 * How many steps a session can expect before it ends, this one included: the "of about m" in "step n of
 * about m". A port so that a server may keep the figures it has worked out (the look-ahead asks the
 * planner once per step ahead, on every page); {@link #DIRECT} works it out each time.
 */
@FunctionalInterface
public interface Lookahead {

    /** {@link GuidedSession#expectedStepsAhead()} each time. */
    Lookahead DIRECT = GuidedSession::expectedStepsAhead;

    double stepsAhead(GuidedSession session);
}
