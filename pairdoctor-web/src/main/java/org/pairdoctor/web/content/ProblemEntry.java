package org.pairdoctor.web.content;

import java.util.Set;

/**
 * A situation the user can start from.
 *
 * @param title     in the user's words
 * @param situation first-time-pairing or problem
 * @param share     how often people come with it: the authors' estimate (0 when none is given), used to
 *                  order the start page until sessions are counted
 * @param hosts     the hosts the start page offers it for; null when every host
 */
public record ProblemEntry(String id, String title, String summary, String situation, double share,
                          Set<String> hosts) {
    public ProblemEntry {
        hosts = hosts == null ? null : Set.copyOf(hosts);
    }

    /** A problem offered for every host, without an estimated share. */
    public ProblemEntry(String id, String title, String summary, String situation) {
        this(id, title, summary, situation, 0, null);
    }

    public boolean firstTimePairing() {
        return "first-time-pairing".equals(situation);
    }

    /** True when a person can have it with the host (the start page offers it there). */
    public boolean offeredFor(String hostId) {
        return hosts == null || hosts.contains(hostId);
    }
}
