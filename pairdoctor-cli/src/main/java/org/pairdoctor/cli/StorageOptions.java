package org.pairdoctor.cli;

import org.pairdoctor.core.Failure;
import org.pairdoctor.core.PairdoctorException;
import org.pairdoctor.store.Database;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the outcome store is: {@code --data DIR} (the SQLite file in that directory) or
 * {@code --db JDBC_URL}; neither means the SQLite file in the default data directory. The two are an
 * exclusive group inside this one, so giving both is a usage error (exit 2) with picocli's own
 * message. A data directory without a database gets a new one, and says so, since a mistyped
 * {@code --data} would otherwise start an empty history silently; {@code --no-create} refuses instead.
 * Commands use it as a {@code @Mixin}.
 */
final class StorageOptions {
    @ArgGroup(exclusive = true)
    Location location;

    @Option(names = "--no-create", description = "Fail instead of creating a database when the data directory has none.")
    boolean noCreate;

    /** --data or --db. */
    static final class Location {
        @Option(names = "--data", paramLabel = "DIR",
                description = "Directory of the SQLite database (default: $XDG_DATA_HOME/pairdoctor, else ~/.local/share/pairdoctor)")
        Path data;

        @Option(names = "--db", paramLabel = "JDBC_URL",
                description = "Database URL instead: jdbc:sqlite:FILE or jdbc:postgresql://HOST/DB (add ?user=..&password=..)")
        String db;
    }

    /** True once {@link #announce} has said what opening will do, so {@link #open} does not say it again. */
    private boolean announced;

    /** Opens the store the options name, saying so on standard error when it creates a new SQLite database. */
    static Database open(StorageOptions options) {
        return open(options, new PrintWriter(System.err, true));
    }

    /**
     * Says now, through {@code say}, that a database will be created (or refuses, with {@code --no-create}),
     * so a command can say it in its own words and width before it opens the store.
     *
     * @return the options to open with (never null)
     */
    static StorageOptions announce(StorageOptions options, java.util.function.Consumer<String> say) {
        StorageOptions o = options == null ? new StorageOptions() : options;
        missing(o).ifPresent(dir -> {
            refuseWithoutCreate(o, dir);
            say.accept(creating(dir));
        });
        o.announced = true;
        return o;
    }

    private static java.util.Optional<Path> missing(StorageOptions o) {
        if (o.location != null && o.location.db != null && !o.location.db.isBlank()) {
            return java.util.Optional.empty();
        }
        Path dir = o.location == null || o.location.data == null ? Database.defaultDirectory() : o.location.data;
        return Files.exists(dir.toAbsolutePath().normalize().resolve(Database.FILE_NAME)) ? java.util.Optional.empty()
                : java.util.Optional.of(dir);
    }

    private static void refuseWithoutCreate(StorageOptions o, Path dir) {
        if (o.noCreate) {
            throw new PairdoctorException(Failure.NOT_FOUND, "no database in " + dir + " (no " + Database.FILE_NAME
                    + " there) and --no-create was given: check --data, or leave out --no-create to start one");
        }
    }

    private static String creating(Path dir) {
        return "pairdoctor: no database in " + dir + ": creating one (" + Database.FILE_NAME
                + "); --no-create refuses instead.";
    }

    /**
     * Opens the store the options name; {@code options} may be null when none was given.
     *
     * @param notices where "creating a database" is said
     * @throws PairdoctorException (not found) with {@code --no-create} when the directory has no database
     */
    static Database open(StorageOptions options, PrintWriter notices) {
        if (options != null && !options.announced) {
            missing(options).ifPresent(dir -> {
                refuseWithoutCreate(options, dir);
                notices.println(creating(dir));
                notices.flush();
            });
        } else if (options == null) {
            announce(null, line -> {
                notices.println(line);
                notices.flush();
            });
        }
        String db = options == null || options.location == null ? null : options.location.db;
        Path data = options == null || options.location == null ? null : options.location.data;
        return Database.open(db, data);
    }
}
