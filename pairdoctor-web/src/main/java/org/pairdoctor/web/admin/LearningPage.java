package org.pairdoctor.web.admin;

import java.util.List;

/**
 * What {@code pairdoctor learn --dry-run} would show, with a button to apply it, and the saved
 * versions ({@code learn --list}) with a rollback for each, confirmed before it is done.
 *
 * @param unavailable why learning cannot run on this server, or null when it can
 * @param saved       the version just saved, or null; 0 when applying found nothing to learn from
 * @param versions    the saved versions, newest (in use) first
 * @param confirm     the rollback waiting for the operator's confirmation, or null
 * @param notice      what was just done (a rollback), or null
 * @param error       why the last action was refused, or null
 */
public record LearningPage(String csrf, String unavailable, int sessionsUsed, int sessionsSkipped, int iterations,
                           long currentVersion, List<Change> changes, int moreChanges, Long saved,
                           List<Version> versions, Version confirm, String notice, String error) {
    public LearningPage {
        changes = List.copyOf(changes);
        versions = List.copyOf(versions);
    }

    /** One number that would move. */
    public record Change(String problem, String host, String text) {
    }

    /**
     * A saved version (or 0: the knowledge base's own numbers).
     *
     * @param what e.g. "learned from 300 sessions", "restores version 3"
     */
    public record Version(long version, String learnedAt, String what, boolean active) {
        /** "version 3", or "the knowledge base's own numbers" for 0. */
        public String label() {
            return version == 0 ? "the knowledge base's own numbers" : "version " + version;
        }
    }
}
