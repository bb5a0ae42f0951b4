package org.pairdoctor.web.content;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ClaimEntryTest {
    private static ClaimEntry claim(String text, String verdict) {
        return new ClaimEntry("c", text, verdict, "correction", "high", List.of());
    }

    @Test
    void anUnsourcedClaimIsQuotedWithoutItsFigures() {
        ClaimEntry c = claim("skipping steps causes 73% of issues (our analysis of 1,247 threads), since 2017.", "unsourced");
        assertThat(c.unsourced()).isTrue();
        assertThat(c.shownClaim()).isEqualTo("skipping steps causes N% of issues (our analysis of N threads), since 2017.");
    }

    @Test
    void modelNamesAndYearsStay() {
        assertThat(claim("the XM2's 27 headsets (2014–2018) at 3.7V", "unsourced").shownClaim())
                .isEqualTo("the XM2's N headsets (2014–2018) at NV");
    }

    @Test
    void otherClaimsAreQuotedAsTheyStand() {
        ClaimEntry c = claim("relies on legacy Bluetooth 4.2", "false");
        assertThat(c.unsourced()).isFalse();
        assertThat(c.shownClaim()).isEqualTo("relies on legacy Bluetooth 4.2");
    }
}
