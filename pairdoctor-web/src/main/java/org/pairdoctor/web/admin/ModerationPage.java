package org.pairdoctor.web.admin;

import java.util.List;

/** The moderation queue: comments waiting for approval, oldest first. */
public record ModerationPage(String csrf, List<Row> pending, String notice) {
    public ModerationPage {
        pending = List.copyOf(pending);
    }

    /** One waiting comment. */
    public record Row(String id, String sessionId, String problem, String worked, String text, String created) {
    }
}
