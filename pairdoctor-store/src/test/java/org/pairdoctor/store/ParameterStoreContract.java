package org.pairdoctor.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pairdoctor.core.learning.FamilyCounts;
import org.pairdoctor.core.learning.LearnedParameters;
import org.pairdoctor.core.learning.OutcomeCounts;
import org.pairdoctor.core.learning.ProblemCounts;

import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Behaviour of {@link JdbcParameterStore} on each database. */
abstract class ParameterStoreContract {
    Database db;
    JdbcParameterStore store;

    abstract String url();

    abstract void cleanUp();

    @BeforeEach
    void open() {
        db = Database.open(url());
        store = new JdbcParameterStore(db);
    }

    @AfterEach
    void close() {
        // null when the database was skipped (no PostgreSQL configured outside CI)
        if (db != null) {
            db.close();
        }
        cleanUp();
    }

    static LearnedParameters sample(double causeA) {
        OutcomeCounts c = new OutcomeCounts(10, Map.of("a", causeA, "b", 10 - causeA),
                Map.of("fix-a", Map.of("a", causeA)), Map.of("fix-a", Map.of("a", causeA / 2)),
                Map.of("q", Map.of("a", Map.of("red", 1.5))), Map.of("fix-a", 3.0), Map.of("fix-a", 95.5));
        return new LearnedParameters(0, Instant.parse("2026-11-20T12:00:00Z"), 10, 10,
                Map.of("no-sound", new ProblemCounts(c, Map.of("ios", c), Map.of("ios", 10.0))));
    }

    @Test
    void anEmptyStoreIsAtVersionZero() {
        assertThat(store.latestVersion()).isZero();
        assertThat(store.latest()).isEmpty();
        assertThat(store.version(1)).isEmpty();
    }

    @Test
    void versionsAreNumberedInOrderAndReadBackIntact() {
        LearnedParameters first = store.save(sample(3));
        LearnedParameters second = store.save(sample(7));
        assertThat(first.version()).isEqualTo(1);
        assertThat(second.version()).isEqualTo(2);
        assertThat(store.latestVersion()).isEqualTo(2);
        assertThat(store.latest()).contains(second);
        assertThat(store.version(1)).contains(first);
        assertThat(store.version(1).orElseThrow().problems().get("no-sound").pooled().causes().get("a")).isEqualTo(3.0);
    }

    @Test
    void theCountsPerFamilyAndDeviceAreReadBackIntact() {
        OutcomeCounts c = sample(3).problems().get("no-sound").pooled();
        OutcomeCounts xm5 = new OutcomeCounts(2, Map.of("a", 2.0), Map.of("fix-a", Map.of("a", 2.0)), Map.of(),
                Map.of(), Map.of(), Map.of());
        FamilyCounts sony = new FamilyCounts(c, Map.of("sony-wh-1000xm5", xm5, "sony-wh-1000xm4", c));
        LearnedParameters p = new LearnedParameters(0, Instant.parse("2026-11-20T12:00:00Z"), 10, 10,
                Map.of("no-sound", new ProblemCounts(c, Map.of("ios", c), Map.of("ios", 10.0, "android", 2.0),
                        Map.of("sony-1000x", sony), Map.of("ios", Map.of("sony-1000x", sony)))));
        LearnedParameters saved = store.save(p);
        ProblemCounts back = store.version(saved.version()).orElseThrow().problems().get("no-sound");
        assertThat(back).isEqualTo(p.problems().get("no-sound"));
        assertThat(back.families().get("sony-1000x").device("sony-wh-1000xm5").tries()).isEqualTo(xm5.tries());
    }

    @Test
    void aVersionSavedByOneServerIsSeenByAnother() {
        try (Database other = Database.open(url())) {
            JdbcParameterStore otherStore = new JdbcParameterStore(other);
            assertThat(otherStore.latestVersion()).isZero();
            store.save(sample(4));
            assertThat(otherStore.latestVersion()).isEqualTo(1);
            assertThat(otherStore.latest().orElseThrow().version()).isEqualTo(1);
        }
    }
}
