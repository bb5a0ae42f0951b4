package org.pairdoctor.web.content;

/**
 * A situation the user can start from.
 *
 * @param title in the user's words
 * @param situation first-time-pairing or problem
 */
public record ProblemEntry(String id, String title, String summary, String situation) {
    public boolean firstTimePairing() {
        return "first-time-pairing".equals(situation);
    }
}
