package org.pairdoctor.core.knowledge;

import java.util.List;

/**
 * Selects hosts: by host id (a host matches when it or any of its ancestors is listed, so
 * {@code android} matches {@code android-samsung}) and/or by family. Both lists given means both
 * must match; both empty matches every host.
 */
public record HostCondition(List<String> hosts, List<String> families) {
    /** Matches every host. */
    public static final HostCondition ANY = new HostCondition(List.of(), List.of());

    public HostCondition {
        hosts = List.copyOf(hosts);
        families = List.copyOf(families);
    }

    public boolean isAny() {
        return hosts.isEmpty() && families.isEmpty();
    }

    /**
     * @param ancestry the host id followed by its ancestors' ids; empty for the generic host, which
     *                 only an unconditional condition matches
     * @param family   the host's family; null for the generic host
     */
    public boolean matches(List<String> ancestry, String family) {
        if (isAny()) {
            return true;
        }
        boolean hostOk = hosts.isEmpty() || ancestry.stream().anyMatch(hosts::contains);
        boolean familyOk = families.isEmpty() || (family != null && families.contains(family));
        return hostOk && familyOk;
    }
}
