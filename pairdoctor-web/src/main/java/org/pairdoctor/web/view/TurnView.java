package org.pairdoctor.web.view;

import java.time.Instant;

/**
 * One answered step of a session.
 *
 * @param reply the reply code
 * @param replyText the reply in words ("Didn't help", an answer's text)
 */
public record TurnView(int number, String stepId, String kind, String title, String reply, String replyText,
                       Instant shownAt, Instant answeredAt) {
    public long seconds() {
        return Math.max(0, java.time.Duration.between(shownAt, answeredAt).toSeconds());
    }

    public String secondsText() {
        return Durations.clock(seconds());
    }

    /** The time on this step in words: "12 seconds". */
    public String secondsWords() {
        return Durations.words(seconds());
    }
}
