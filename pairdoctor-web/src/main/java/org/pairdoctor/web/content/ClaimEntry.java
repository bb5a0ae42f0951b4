package org.pairdoctor.web.content;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A claim of the source document and what checking it found.
 *
 * @param verdict    true, false, mostly-false, misleading, partly-true, unclear or unsourced
 * @param confidence how sure we are of the verdict and correction (not of the claim)
 */
public record ClaimEntry(String id, String claim, String verdict, String correction, String confidence,
                         List<SourceRef> sources) {
    /** A number that is not a four-digit year: the figures an unsourced claim must not repeat. */
    private static final Pattern FIGURE = Pattern.compile(
            "(?<![\\p{L}\\d])(?<!\\d[,.])(?!(?:19|20)\\d\\d(?!\\d|[,.]\\d))\\d+(?:[,.]\\d+)*");

    public ClaimEntry {
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    /** True when the claim's figures, quotes or cases have no traceable source at all. */
    public boolean unsourced() {
        return "unsourced".equals(verdict);
    }

    /**
     * The claim as the page quotes it: an unsourced claim with its figures replaced by "N", so the
     * page never repeats an invented statistic (the knowledge base keeps the exact quote).
     */
    public String shownClaim() {
        return unsourced() ? FIGURE.matcher(claim).replaceAll("N") : claim;
    }
}
