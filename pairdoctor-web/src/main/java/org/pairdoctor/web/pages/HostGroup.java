package org.pairdoctor.web.pages;

import org.pairdoctor.web.content.HostEntry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Hosts of one family under a heading, in the order people look for them. */
public record HostGroup(String family, String label, List<HostEntry> hosts) {
    private static final Map<String, String> LABELS = new LinkedHashMap<>();

    static {
        LABELS.put("ios", "iPhone or iPad");
        LABELS.put("android", "Android phone or tablet");
        LABELS.put("macos", "Mac");
        LABELS.put("windows", "Windows PC");
        LABELS.put("linux", "Linux");
    }

    public HostGroup {
        hosts = List.copyOf(hosts);
    }

    /** iOS, Android (generic first, then vendors), macOS, Windows, Linux, then anything else. */
    public static List<HostGroup> of(List<HostEntry> hosts) {
        Map<String, List<HostEntry>> byFamily = new LinkedHashMap<>();
        LABELS.keySet().forEach(f -> byFamily.put(f, new ArrayList<>()));
        for (HostEntry h : hosts) {
            byFamily.computeIfAbsent(h.family() == null ? "other" : h.family(), f -> new ArrayList<>()).add(h);
        }
        List<HostGroup> groups = new ArrayList<>();
        byFamily.forEach((family, list) -> {
            if (!list.isEmpty()) {
                list.sort((a, b) -> Boolean.compare(a.parent() != null, b.parent() != null));
                groups.add(new HostGroup(family, LABELS.getOrDefault(family, "Other"), list));
            }
        });
        return groups;
    }
}
