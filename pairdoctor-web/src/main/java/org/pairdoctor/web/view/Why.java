package org.pairdoctor.web.view;

import java.util.List;

/**
 * The "Why this step?" panel.
 *
 * @param estimate true when the probabilities rest on authors' estimates rather than outcome data
 * @param numbers  the core's sentence on where the probabilities come from
 * @param chance   "62% (learned from an effective 300 sessions, 95% interval 55–69%)": the chance this
 *                 repair step fixes it now and where that comes from; null for other steps
 */
public record Why(String reason, double expectedRemainingSeconds, List<CauseView> causes, boolean estimate,
                  String numbers, String chance) {
    public Why {
        causes = List.copyOf(causes);
    }

    /** "about 2 min" or "about 40 s". */
    public String remainingText() {
        return Durations.about(expectedRemainingSeconds);
    }

    /**
     * A cause, its title and its current probability.
     *
     * @param learned where a learned probability comes from, with its interval; null for the knowledge base's
     */
    public record CauseView(String id, String title, double probability, String basis, String learned) {
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
