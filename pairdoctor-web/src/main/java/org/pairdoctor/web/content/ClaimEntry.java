package org.pairdoctor.web.content;

import java.util.List;

/**
 * A claim of the source document and what checking it found.
 *
 * @param verdict true, false, mostly-false, misleading, partly-true or unclear
 */
public record ClaimEntry(String id, String claim, String verdict, String correction, String confidence,
                         List<SourceRef> sources) {
    public ClaimEntry {
        sources = sources == null ? List.of() : List.copyOf(sources);
    }
}
