package org.pairdoctor.core.knowledge;

import java.util.List;

/** A checked fact about a device, always with its sources and a confidence (high, medium, low). */
public record Fact(String id, String claim, String value, List<String> sources, String confidence, String note) {
    public Fact {
        sources = List.copyOf(sources);
    }
}
