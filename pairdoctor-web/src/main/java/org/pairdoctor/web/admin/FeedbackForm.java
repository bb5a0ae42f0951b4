package org.pairdoctor.web.admin;

import java.util.List;

/**
 * The feedback section of the finish page: the form (or a thank-you once sent) and the approved
 * comments of others about the same problem.
 *
 * @param fixed true when the session ended fixed: only then does the form ask which step fixed it
 */
public record FeedbackForm(String sessionId, String csrf, List<Option> options, boolean sent,
                           List<Published> published, int maxText, boolean fixed) {
    public FeedbackForm {
        options = List.copyOf(options);
        published = List.copyOf(published);
    }

    /** One choice of "what worked". */
    public record Option(String value, String label, boolean checked) {
    }

    /** An approved comment as the public sees it. */
    public record Published(String worked, String text, String date) {
    }
}
