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
 * Commands use it as {@code @ArgGroup(exclusive = false)}.
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
                description = "Database URL instead: jdbc:sqlite:FILE or jdbc:postgresql://HOST/DB?user=..&password=..")
        String db;
    }

    /** Opens the store the options name, saying so on standard error when it creates a new SQLite database. */
    static Database open(StorageOptions options) {
        return open(options, new PrintWriter(System.err, true));
    }

    /**
     * Opens the store the options name; {@code options} may be null when none was given.
     *
     * @param notices where "creating a database" is said
     * @throws PairdoctorException (not found) with {@code --no-create} when the directory has no database
     */
    static Database open(StorageOptions options, PrintWriter notices) {
        String db = options == null || options.location == null ? null : options.location.db;
        if (db != null && !db.isBlank()) {
            return Database.open(db, null);
        }
        Path dir = options == null || options.location == null || options.location.data == null
                ? Database.defaultDirectory() : options.location.data;
        Path file = dir.toAbsolutePath().normalize().resolve(Database.FILE_NAME);
        if (!Files.exists(file)) {
            if (options != null && options.noCreate) {
                throw new PairdoctorException(Failure.NOT_FOUND, "no database in " + dir + " (" + Database.FILE_NAME
                        + " is missing) and --no-create was given: check --data, or leave out --no-create to start one");
            }
            notices.println("pairdoctor: no database in " + dir + ": creating one (" + file
                    + "); give --no-create to refuse instead");
            notices.flush();
        }
        return Database.open(null, dir);
    }
}
