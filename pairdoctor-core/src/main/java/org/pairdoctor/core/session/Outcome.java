package org.pairdoctor.core.session;

/** How a session ended, or that it has not. */
public enum Outcome {
    IN_PROGRESS, FIXED, ESCALATED, ABANDONED
}
