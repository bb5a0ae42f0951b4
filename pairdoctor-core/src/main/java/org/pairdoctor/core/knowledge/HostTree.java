package org.pairdoctor.core.knowledge;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code extends} hierarchy of hosts: ancestry and inherited procedures. Tolerates missing
 * parents and cycles (the semantic check reports those) by stopping where the chain breaks.
 */
final class HostTree {
    private final Map<String, Host> hosts;

    HostTree(Map<String, Host> hosts) {
        this.hosts = hosts;
    }

    /** The host id followed by its ancestors, nearest first. */
    List<String> ancestry(String hostId) {
        List<String> chain = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String id = hostId;
        while (id != null && seen.add(id)) {
            chain.add(id);
            Host h = hosts.get(id);
            id = h == null ? null : h.parent().orElse(null);
        }
        return chain;
    }

    /** True when following {@code extends} from this host comes back to a host already visited. */
    boolean cyclic(String hostId) {
        Set<String> seen = new HashSet<>();
        String id = hostId;
        while (id != null) {
            if (!seen.add(id)) {
                return true;
            }
            Host h = hosts.get(id);
            id = h == null ? null : h.parent().orElse(null);
        }
        return false;
    }

    /** Own procedures first, then those of each ancestor that the nearer hosts do not define. */
    Map<String, Procedure> effectiveProcedures(String hostId) {
        Map<String, Procedure> out = new LinkedHashMap<>();
        for (String id : ancestry(hostId)) {
            Host h = hosts.get(id);
            if (h != null) {
                h.ownProcedures().forEach(out::putIfAbsent);
            }
        }
        return out;
    }

    /** The host with inherited procedures filled in. */
    Host resolved(Host h) {
        return new Host(h.id(), h.name(), h.family(), h.parent(), effectiveProcedures(h.id()), h.ownProcedures(),
                h.note());
    }
}
