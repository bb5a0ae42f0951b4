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
 * @param devices   the headsets it exists for (e.g. earbuds only); null when every headset
 */
public record ProblemEntry(String id, String title, String summary, String situation, double share,
                          Set<String> hosts, Set<String> devices) {
    public ProblemEntry {
        hosts = hosts == null ? null : Set.copyOf(hosts);
        devices = devices == null ? null : Set.copyOf(devices);
    }

    /** A problem for every headset. */
    public ProblemEntry(String id, String title, String summary, String situation, double share, Set<String> hosts) {
        this(id, title, summary, situation, share, hosts, null);
    }

    /** A problem offered for every host, without an estimated share. */
    public ProblemEntry(String id, String title, String summary, String situation) {
        this(id, title, summary, situation, 0, null, null);
    }

    public boolean firstTimePairing() {
        return "first-time-pairing".equals(situation);
    }

    /** True when a person can have it with the host (the start page offers it there). */
    public boolean offeredFor(String hostId) {
        return hosts == null || hosts.contains(hostId);
    }

    /** True when the headset can have it (an earbud problem is not offered for over-ear headphones). */
    public boolean existsFor(String deviceId) {
        return devices == null || devices.contains(deviceId);
    }
}
