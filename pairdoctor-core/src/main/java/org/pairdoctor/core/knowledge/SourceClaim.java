package org.pairdoctor.core.knowledge;

import java.util.List;

/**
 * A claim of the source document that was checked, as it stands there, with the verdict (true, false,
 * mostly-false, misleading, partly-true, unclear, unsourced), the correction and the sources of the correction.
 *
 * @param correction may be null when the verdict is true
 */
public record SourceClaim(String id, String claim, String verdict, String correction, List<String> sources,
                          String confidence, String note) {
    public SourceClaim {
        sources = List.copyOf(sources);
    }
}
