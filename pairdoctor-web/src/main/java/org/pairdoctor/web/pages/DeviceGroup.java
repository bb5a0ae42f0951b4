package org.pairdoctor.web.pages;

import org.pairdoctor.web.content.DeviceEntry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Headsets of one form under a heading, for the start page's picker: over-ear, earbuds, other. */
public record DeviceGroup(String form, String label, List<DeviceEntry> devices) {
    private static final Map<String, String> LABELS = new LinkedHashMap<>();

    static {
        LABELS.put("over-ear", "Over-ear headphones");
        LABELS.put("earbuds", "Earbuds with a charging case");
        LABELS.put("other", "Other headsets");
    }

    public DeviceGroup {
        devices = List.copyOf(devices);
    }

    /**
     * The devices whose name contains every word of {@code query} (any case), grouped by form in the
     * order above, each group in the given order.
     */
    public static List<DeviceGroup> of(List<DeviceEntry> devices, String query) {
        String[] words = query == null ? new String[0] : query.toLowerCase(Locale.ROOT).trim().split("[\\s-]+");
        Map<String, List<DeviceEntry>> byForm = new LinkedHashMap<>();
        LABELS.keySet().forEach(f -> byForm.put(f, new ArrayList<>()));
        for (DeviceEntry d : devices) {
            String name = d.name().toLowerCase(Locale.ROOT).replace("-", "");
            boolean match = true;
            for (String w : words) {
                match &= w.isEmpty() || name.contains(w.replace("-", ""));
            }
            if (match) {
                byForm.computeIfAbsent(d.form(), f -> new ArrayList<>()).add(d);
            }
        }
        List<DeviceGroup> out = new ArrayList<>();
        byForm.forEach((form, list) -> {
            if (!list.isEmpty()) {
                out.add(new DeviceGroup(form, LABELS.getOrDefault(form, "Other headsets"), list));
            }
        });
        return out;
    }
}
