package org.pairdoctor.cli;

import org.pairdoctor.core.knowledge.KnowledgeBase;
import org.pairdoctor.core.session.ModelSource;
import org.pairdoctor.core.session.SessionService;
import org.pairdoctor.core.statistics.StatisticsCache;
import org.pairdoctor.core.session.SessionStore;
import org.pairdoctor.store.CachedSessionStore;
import org.pairdoctor.store.Database;
import org.pairdoctor.store.ServerClaim;
import org.pairdoctor.store.ServerSecrets;
import org.pairdoctor.store.JdbcCommentStore;
import org.pairdoctor.store.JdbcParameterStore;
import org.pairdoctor.store.JdbcSessionStore;
import org.pairdoctor.web.Readiness;
import org.pairdoctor.web.WebEnvironment;
import org.pairdoctor.web.RateLimits;
import org.pairdoctor.web.ClientKeys;
import org.pairdoctor.web.WebServer;
import org.pairdoctor.web.content.KnowledgeCatalogue;
import org.pairdoctor.web.stats.CachedOutcomeFigures;
import org.pairdoctor.web.stats.StatisticsModuleProvider;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import sun.misc.Signal;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * {@code pairdoctor serve}: the web app and REST API on the embedded SQLite database (or the
 * database given). Ctrl-C (or SIGTERM) stops it cleanly: requests in flight finish, the database is
 * closed, and the exit code is 0.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Runs the web app: guided sessions in the browser and the REST API.")
final class ServeCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--port", defaultValue = "8080", description = "TCP port (default: ${DEFAULT-VALUE}; 0 = any free port)")
    int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface)")
    String bind;

    // A mixin, not a group: picocli reports --data with --db inside a nested group as two matches.
    @picocli.CommandLine.Mixin
    StorageOptions storage;

    @Option(names = "--kb", paramLabel = "DIR", description = "Knowledge base directory (default: the bundled knowledge/)")
    Path kb;

    @Option(names = "--no-rate-limits",
            description = "Serve any number of requests per client (for load benchmarks from one address). "
                    + "By default a client may start 60 sessions an hour, post 120 times and read 600 times a minute.")
    boolean noRateLimits;

    @Option(names = "--trust-forwarded",
            description = "Take the client's address from the Forwarded / X-Forwarded-For header of a reverse proxy. "
                    + "Only when the proxy is the sole way in: otherwise anyone can claim any address.")
    boolean trustForwarded;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        WebServer.Settings settings = WebServer.Settings.defaults(port).withBind(bind)
                .withRateLimits(noRateLimits ? RateLimits.off() : RateLimits.defaults())
                .withTrustForwarded(trustForwarded);
        // The knowledge base and the database (migrations) load in parallel: the first page comes sooner.
        Path kbDir = Application.knowledgeDirectory(kb);
        long t0 = System.nanoTime();
        timing("serve command began", t0);
        CompletableFuture<KnowledgeBase> loading = CompletableFuture.supplyAsync(() -> {
            KnowledgeBase loaded = KnowledgeBase.load(kbDir, CheckRecordFiles.forThisBuild());
            timing("knowledge base loaded", t0);
            return loaded;
        });
        // Meanwhile, the web stack's classes are loaded and initialised on a third thread, so that
        // building and starting the server once both are ready takes less (nothing is served yet).
        CompletableFuture<Void> warming = CompletableFuture.runAsync(ServeCommand::warmUpWebStack);
        CountDownLatch stop = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        try (Database database = StorageOptions.open(storage);
             ServerClaim claim = ServerClaim.claim(database)) {
            timing("database opened", t0);
            KnowledgeBase knowledge = join(loading);
            warming.join();
            Application app = new Application(knowledge, database, Clock.systemUTC());
            Clock clock = app.clock();
            JdbcSessionStore store = app.sessionStore();
            // Client keys hash addresses with a secret kept in the database: the same after a restart
            // and on every server sharing it, so learning's per-client cap holds across both.
            settings = settings.withClientKeys(new ClientKeys(new ServerSecrets(database).secret(ServerSecrets.CLIENT_KEY)));
            JdbcParameterStore parameters = app.parameters();
            // Sessions plan with the newest learned parameters; a version saved by `pairdoctor learn`
            // (here or on another server sharing the database) is picked up within a minute.
            ModelSource models = app.models();
            // With the SQLite file to itself, the server answers from a write-through cache of its
            // sessions; on PostgreSQL, where several servers share the sessions, every request reads them.
            SessionStore sessionStore = claim.exclusive() ? new CachedSessionStore(store) : store;
            SessionService sessions = app.sessions(sessionStore);
            KnowledgeCatalogue catalogue = new KnowledgeCatalogue(knowledge);
            // Shared: /stats and observed figures; per family of headsets as the device files say.
            StatisticsCache statistics = StatisticsModuleProvider.cache(store, clock,
                    StatisticsModuleProvider.families(knowledge));
            WebEnvironment env = new WebEnvironment(catalogue, models, sessions, store, clock,
                    List.of(database, knowledge, new JdbcCommentStore(database), parameters, statistics,
                            (Readiness) database::writeProblem));
            WebServer server = new WebServer(catalogue, sessions, clock, env.discoverModules(), settings,
                    new CachedOutcomeFigures(statistics)).start();
            timing("server started", t0);
            onStopSignal(stop);
            // Fallback for any other way the JVM is shut down (SIGHUP, a signal we could not claim):
            // still stop the server and close the database before the process ends.
            Thread hook = new Thread(() -> {
                stop.countDown();
                try {
                    stopped.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "pairdoctor-shutdown");
            Runtime.getRuntime().addShutdownHook(hook);
            out.println("pairdoctor is serving on " + server.url());
            out.println("Database: " + database.displayUrl() + ". Press Ctrl-C to stop.");
            out.flush();
            stop.await();
            out.println("pairdoctor: stopping (finishing requests in flight) ...");
            out.flush();
            server.stop();
        } finally {
            stopped.countDown();
        }
        out.println("pairdoctor: stopped");
        return 0;
    }

    /**
     * Ctrl-C and SIGTERM end the wait in {@link #call()}. Handling them ourselves, rather than only
     * in a shutdown hook, lets the command return 0 after a clean stop (a JVM ended by SIGINT exits
     * 130). When a signal cannot be claimed (e.g. -Xrs), the shutdown hook still stops cleanly.
     */
    /** With PAIRDOCTOR_DEBUG set, how long each start-up phase took (to keep the first page fast). */
    private static void timing(String phase, long t0) {
        if (System.getenv("PAIRDOCTOR_DEBUG") != null) {
            // Also since the process started: JVM start-up and command-line parsing come before t0.
            long sinceLaunch = ProcessHandle.current().info().startInstant()
                    .map(s -> java.time.Duration.between(s, java.time.Instant.now()).toMillis()).orElse(-1L);
            System.err.printf("pairdoctor: %s after %d ms (%d ms since launch)%n", phase,
                    (System.nanoTime() - t0) / 1_000_000, sinceLaunch);
        }
    }

    /**
     * Loads and initialises what {@link WebServer} will use (Javalin and Jetty, Jackson, the
     * precompiled templates) without configuring or starting anything. Start-up speed only: a
     * failure here is ignored, the real construction reports it.
     */
    private static void warmUpWebStack() {
        try {
            // With static files as WebServer serves them: their Jetty resource handler and the class-path
            // resources behind it took ~0.4 s to set up on the critical path.
            io.javalin.Javalin.create(cfg -> {
                cfg.startup.showJavalinBanner = false;
                cfg.staticFiles.add("/assets", io.javalin.http.staticfiles.Location.CLASSPATH);
            });
            com.fasterxml.jackson.databind.json.JsonMapper.builder().build()
                    .writeValueAsString(java.util.Map.of("warm", List.of(1)));
            gg.jte.TemplateEngine.createPrecompiled(gg.jte.ContentType.Html);
        } catch (Exception | LinkageError e) {
            // only a head start was lost
        }
    }

    private static KnowledgeBase join(CompletableFuture<KnowledgeBase> loading) {
        try {
            return loading.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    private static void onStopSignal(CountDownLatch stop) {
        for (String name : new String[] {"INT", "TERM"}) {
            try {
                Signal.handle(new Signal(name), s -> stop.countDown());
            } catch (IllegalArgumentException e) {
                // not available on this platform or JVM: the shutdown hook covers it
            }
        }
    }
}
