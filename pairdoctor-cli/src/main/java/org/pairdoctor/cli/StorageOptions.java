package org.pairdoctor.cli;

import org.pairdoctor.store.Database;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/**
 * Where the outcome store is: {@code --data DIR} (the SQLite file in that directory) or
 * {@code --db JDBC_URL}; neither means the SQLite file in the default data directory. Used as an
 * exclusive argument group, so giving both is a usage error (exit 2) with picocli's own message.
 */
final class StorageOptions {
    @Option(names = "--data", paramLabel = "DIR",
            description = "Directory of the SQLite database (default: $XDG_DATA_HOME/pairdoctor, else ~/.local/share/pairdoctor)")
    Path data;

    @Option(names = "--db", paramLabel = "JDBC_URL",
            description = "Database URL instead: jdbc:sqlite:FILE or jdbc:postgresql://HOST/DB?user=..&password=..")
    String db;

    /** Opens the store the options name; {@code options} may be null when neither was given. */
    static Database open(StorageOptions options) {
        return options == null ? Database.open(null, null) : Database.open(options.db, options.data);
    }
}
