package org.pairdoctor.web.view;

import java.util.List;

/**
 * The "Why this step?" panel.
 *
 * @param estimate true when the probabilities rest on authors' estimates rather than outcome data
 */
public record Why(String reason, double expectedRemainingSeconds, List<CauseView> causes, boolean estimate) {
    public Why {
        causes = List.copyOf(causes);
    }

    /** "about 2 min" or "about 40 s". */
    public String remainingText() {
        return Durations.about(expectedRemainingSeconds);
    }

    /** A cause, its title and its current probability. */
    public record CauseView(String id, String title, double probability, String basis) {
        /** Whole percent, at least "<1%" for small non-zero values. */
        public String percent() {
            if (probability > 0 && probability < 0.005) {
                return "<1%";
            }
            return Math.round(probability * 100) + "%";
        }

        /** Percent as an integer for a bar (0-100). */
        public int width() {
            return (int) Math.round(probability * 100);
        }
    }
}
