package org.pairdoctor.cli;

import org.pairdoctor.core.knowledge.CheckRecord;
import org.pairdoctor.core.knowledge.KnowledgeBase;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Keeps the knowledge checks that passed as small files in the user's cache directory
 * ({@code $XDG_CACHE_HOME/pairdoctor/knowledge-checks}, else {@code ~/.cache/...}), one per knowledge
 * fingerprint and build: a restart on unchanged files skips seconds of checking. Each file's name is the
 * SHA-256 of the fingerprint and the build (the jar's path, size and time), so a rebuilt jar checks again.
 * It is a cache: a file that cannot be read or written only costs the check, and only the newest
 * {@value #KEPT} are kept.
 */
public final class CheckRecordFiles implements CheckRecord {
    static final int KEPT = 32;

    private final Path dir;
    private final String build;

    CheckRecordFiles(Path dir, String build) {
        this.dir = dir;
        this.build = build;
    }

    /**
     * The record for the running jar, in the user's cache directory; {@link CheckRecord#NONE} when the code
     * does not run from a jar (tests, an IDE: classes change without a new jar) or there is no home.
     */
    public static CheckRecord forThisBuild() {
        Path cache = cacheDirectory();
        Path jar = runningJar();
        if (cache == null || jar == null) {
            return CheckRecord.NONE;
        }
        try {
            String build = jar.toAbsolutePath() + " " + Files.size(jar) + " " + Files.getLastModifiedTime(jar).toMillis();
            return new CheckRecordFiles(cache.resolve("pairdoctor").resolve("knowledge-checks"), build);
        } catch (IOException e) {
            return CheckRecord.NONE;
        }
    }

    @Override
    public boolean passed(String fingerprint) {
        return Files.isRegularFile(file(fingerprint));
    }

    @Override
    public void pass(String fingerprint) {
        Path target = file(fingerprint);
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, ".pass", ".tmp");
            Files.writeString(tmp, "knowledge files with fingerprint " + fingerprint + " passed a full check at "
                    + Instant.now() + " with " + build + "\n", StandardCharsets.UTF_8);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            prune();
        } catch (IOException | RuntimeException e) {
            // a cache: the next start checks again
        }
    }

    private Path file(String fingerprint) {
        return dir.resolve(sha256(fingerprint + "\n" + build) + ".pass");
    }

    /** Keeps the newest {@value #KEPT} records: every edit of a knowledge file leaves one behind. */
    private void prune() throws IOException {
        List<Path> all;
        try (Stream<Path> s = Files.list(dir)) {
            all = s.filter(p -> p.getFileName().toString().endsWith(".pass")).toList();
        }
        if (all.size() <= KEPT) {
            return;
        }
        all.stream().sorted(Comparator.comparing(CheckRecordFiles::modified).reversed()).skip(KEPT)
                .forEach(p -> p.toFile().delete());
    }

    private static FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    private static Path cacheDirectory() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg);
        }
        String home = System.getProperty("user.home");
        return home == null || home.isBlank() || "?".equals(home) ? null : Path.of(home, ".cache");
    }

    private static Path runningJar() {
        try {
            Path p = Path.of(KnowledgeBase.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(p) && p.toString().endsWith(".jar") ? p : null;
        } catch (Exception e) {   // no code source, or not a file: URI
            return null;
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the Java runtime", e);
        }
    }
}
