package org.pairdoctor.store;

import org.pairdoctor.core.learning.LearnedParameters;
import org.pairdoctor.core.learning.LearnedParametersJson;
import org.pairdoctor.core.learning.ParameterStore;

import java.util.List;
import java.util.Optional;

/**
 * Learned parameters in the table {@code learned_parameters}, one JSON row per version. The
 * latest-version query reads one index entry, so servers can ask it often. Thread-safe.
 */
public final class JdbcParameterStore implements ParameterStore {
    private final Database db;

    public JdbcParameterStore(Database db) {
        this.db = db;
    }

    @Override
    public long latestVersion() {
        return db.read(h -> h.createQuery("SELECT COALESCE(MAX(version), 0) FROM learned_parameters")
                .mapTo(Long.class).one());
    }

    @Override
    public Optional<LearnedParameters> latest() {
        return db.read(h -> h.createQuery(
                        "SELECT version, body FROM learned_parameters ORDER BY version DESC LIMIT 1")
                .map((rs, ctx) -> LearnedParametersJson.read(rs.getLong("version"), rs.getString("body")))
                .findOne());
    }

    @Override
    public Optional<LearnedParameters> version(long version) {
        return db.read(h -> h.createQuery("SELECT body FROM learned_parameters WHERE version = :v")
                .bind("v", version)
                .map((rs, ctx) -> LearnedParametersJson.read(version, rs.getString("body")))
                .findOne());
    }

    @Override
    public List<LearnedParameters> versions() {
        return db.read(h -> h.createQuery("SELECT version, body FROM learned_parameters ORDER BY version")
                .map((rs, ctx) -> LearnedParametersJson.read(rs.getLong("version"), rs.getString("body")))
                .list());
    }

    /**
     * Saves as the next version. Two learners saving at once on PostgreSQL: the primary key lets one
     * take the number and the other retries with the next.
     */
    @Override
    public LearnedParameters save(LearnedParameters parameters) {
        String body = LearnedParametersJson.write(parameters);
        for (int attempt = 0; ; attempt++) {
            try {
                return db.write(h -> h.inTransaction(tx -> {
                    long next = tx.createQuery("SELECT COALESCE(MAX(version), 0) + 1 FROM learned_parameters")
                            .mapTo(Long.class).one();
                    tx.createUpdate("""
                                    INSERT INTO learned_parameters (version, learned_at_us, sessions, body)
                                    VALUES (:v, :at, :n, :body)""")
                            .bind("v", next).bind("at", Micros.of(parameters.learnedAt()))
                            .bind("n", parameters.sessions()).bind("body", body)
                            .execute();
                    return parameters.withVersion(next);
                }));
            } catch (StoreException e) {
                if (e.failure() != org.pairdoctor.core.Failure.CONFLICT || attempt >= 5) {
                    throw new StoreException(e.failure(), "cannot save learned parameters: "
                            + Database.rootMessage(e), e);
                }
            }
        }
    }
}
