package org.pairdoctor.cli;

import org.pairdoctor.core.engine.Planners;
import org.pairdoctor.core.knowledge.KnowledgeBase;
import org.pairdoctor.core.learning.LearnedModelSource;
import org.pairdoctor.core.session.ModelSource;
import org.pairdoctor.core.session.SessionService;
import org.pairdoctor.core.session.SessionStore;
import org.pairdoctor.store.Database;
import org.pairdoctor.store.JdbcParameterStore;
import org.pairdoctor.store.JdbcSessionStore;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * The composition root: what every command runs on, wired one way. The knowledge base, the database
 * (sessions and learned parameters), the models with the learned parameters over the knowledge
 * base's numbers, and the session service on them: `serve`, `diagnose`, `connect`, `learn` and
 * `report` get them from here, so a session continued in the terminal replays with the parameters
 * version it was shown on the web. It is also the only place that reads the environment for where
 * the knowledge base is. Closing it closes the database.
 */
public final class Application implements AutoCloseable {
    /**
     * How often a long-running command asks the store whether a newer parameters version was learned
     * or rolled back to: one indexed query, so often enough that a running server follows well within
     * the minute the docs promise.
     */
    static final Duration CHECK_PARAMETERS_EVERY = Duration.ofSeconds(20);

    private final KnowledgeBase knowledge;
    private final Database database;
    private final Clock clock;
    private final JdbcSessionStore sessionStore;
    private final JdbcParameterStore parameters;
    private final LearnedModelSource models;

    /** Wires already opened parts (serve opens them in parallel); the application owns the database from now. */
    public Application(KnowledgeBase knowledge, Database database, Clock clock) {
        this.knowledge = knowledge;
        this.database = database;
        this.clock = clock;
        this.sessionStore = new JdbcSessionStore(database);
        this.parameters = new JdbcParameterStore(database);
        this.models = new LearnedModelSource(knowledge, parameters, clock, CHECK_PARAMETERS_EVERY);
    }

    /**
     * Loads the knowledge base (first, so its errors come before any database's) and opens the database
     * the storage options name.
     *
     * @param kb the knowledge directory given on the command line, or null for the default
     * @param storage the storage options, or null for the default data directory
     */
    static Application open(Path kb, StorageOptions storage) {
        KnowledgeBase knowledge = KnowledgeBase.load(knowledgeDirectory(kb), CheckRecordFiles.forThisBuild());
        return new Application(knowledge, StorageOptions.open(storage), Clock.systemUTC());
    }

    /**
     * Where the knowledge base is: the directory given, else {@code $PAIRDOCTOR_KB}, else the system
     * property {@code pairdoctor.home} (set by the {@code ./pairdoctor} launcher) + {@code /knowledge},
     * else {@code $PAIRDOCTOR_REPO_ROOT/knowledge} (set by surefire for tests), else {@code ./knowledge}.
     */
    public static Path knowledgeDirectory(Path given) {
        if (given != null) {
            return given;
        }
        Optional<String> kb = setting(System.getenv("PAIRDOCTOR_KB"));
        if (kb.isPresent()) {
            return Path.of(kb.get());
        }
        Optional<String> home = setting(System.getProperty("pairdoctor.home"));
        if (home.isPresent()) {
            return Path.of(home.get(), "knowledge");
        }
        return setting(System.getenv("PAIRDOCTOR_REPO_ROOT")).map(root -> Path.of(root, "knowledge"))
                .orElse(Path.of("knowledge"));
    }

    private static Optional<String> setting(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    public KnowledgeBase knowledge() {
        return knowledge;
    }

    public Database database() {
        return database;
    }

    public Clock clock() {
        return clock;
    }

    /** The sessions in the database, read and written directly. */
    public JdbcSessionStore sessionStore() {
        return sessionStore;
    }

    public JdbcParameterStore parameters() {
        return parameters;
    }

    /** The knowledge base's models with the learned parameters (each session with its own version). */
    public ModelSource models() {
        return models;
    }

    /** The session service over the database's sessions. */
    public SessionService sessions() {
        return sessions(sessionStore);
    }

    /** The session service over another view of the same sessions (serve's write-through cache). */
    public SessionService sessions(SessionStore store) {
        return new SessionService(models, Planners.standard(), store, clock);
    }

    @Override
    public void close() {
        database.close();
    }
}
