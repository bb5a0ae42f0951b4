package org.pairdoctor.web.admin;

import java.util.List;

/**
 * What {@code pairdoctor learn --dry-run} would show, with a button to apply it.
 *
 * @param unavailable why learning cannot run on this server, or null when it can
 * @param saved the version just saved, or null; 0 when applying found nothing to learn from
 */
public record LearningPage(String csrf, String unavailable, int sessionsUsed, int sessionsSkipped, int iterations,
                           long currentVersion, List<Change> changes, int moreChanges, Long saved) {
    public LearningPage {
        changes = List.copyOf(changes);
    }

    /** One number that would move. */
    public record Change(String problem, String host, String text) {
    }
}
