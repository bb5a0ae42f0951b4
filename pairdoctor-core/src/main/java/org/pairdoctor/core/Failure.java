package org.pairdoctor.core;

/**
 * What kind of failure a {@link PairdoctorException} is, so that each adapter maps it once (the web
 * server to an HTTP status, the command line to an exit code) instead of guessing from a class name.
 */
public enum Failure {
    /** The request itself is wrong (a malformed value, a reply that does not fit): fix it and retry. */
    INVALID_INPUT,
    /** Something named by id does not exist (a session, a problem, a host, a comment). */
    NOT_FOUND,
    /** The request clashes with the current state (a step already answered, a port or file already in use). */
    CONFLICT,
    /** A resource it needs is down or full (the database): the same request may work later. */
    UNAVAILABLE,
    /** pairdoctor broke its own contract (a bug or damaged stored data): nothing the caller can fix. */
    INTERNAL
}
