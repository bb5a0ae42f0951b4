package org.pairdoctor.core.statistics;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class BetaTest {
    @Test
    void quantilesMatchPublishedValues() {
        // Beta(1,1) is uniform; Beta(2,5) and Beta(10,90) quantiles from scipy.stats.beta.ppf.
        assertThat(new Beta(1, 1).quantile(0.3)).isCloseTo(0.3, within(1e-9));
        assertThat(new Beta(2, 5).quantile(0.025)).isCloseTo(0.04327187, within(1e-6));
        assertThat(new Beta(2, 5).quantile(0.975)).isCloseTo(0.64123458, within(1e-6));
        assertThat(new Beta(10, 90).low()).isCloseTo(0.04951087, within(1e-6));
        assertThat(new Beta(10, 90).high()).isCloseTo(0.16556898, within(1e-6));
    }

    @Test
    void aPosteriorMeanWithItsWeightGivesTheIntervalAroundIt() {
        Beta b = Beta.ofMean(0.97, 310);
        assertThat(b.mean()).isCloseTo(0.97, within(1e-12));
        assertThat(b.low()).isBetween(0.94, 0.97);
        assertThat(b.high()).isBetween(0.97, 0.99);
        assertThat(b.interval()).isEqualTo("95\u201399%");
    }
}
