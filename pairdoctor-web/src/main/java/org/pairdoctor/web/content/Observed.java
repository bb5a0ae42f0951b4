package org.pairdoctor.web.content;

import org.pairdoctor.core.statistics.Proportion;

import java.util.Locale;
import java.util.Objects;

/**
 * A counted figure shown beside an estimate: of {@code fixed.n()} people who tried it, how many it
 * fixed it for, with the 95% Wilson interval. Only made from real outcomes, never invented.
 *
 * @param hostId the host the people used, or {@code null} when counted over every host
 */
public record Observed(Proportion fixed, String hostId) {
    public Observed {
        Objects.requireNonNull(fixed, "fixed");
    }

    /** "fixed it for 62% (55–69%) of 340 people". */
    public String text() {
        return String.format(Locale.ROOT, "fixed it for %s of %d %s", fixed.percentWithInterval(), fixed.n(),
                fixed.n() == 1 ? "person" : "people");
    }

    /** True when counted over every host rather than the one asked about. */
    public boolean pooled() {
        return hostId == null;
    }

    public double share() {
        return fixed.rate();
    }

    public double low() {
        return fixed.low();
    }

    public double high() {
        return fixed.high();
    }

    public long n() {
        return fixed.n();
    }
}
