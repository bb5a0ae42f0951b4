package org.pairdoctor.core.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The test knowledge bases under {@code src/test/resources/kb}, and copies of them to break. */
final class KnowledgeFixtures {
    private KnowledgeFixtures() {
    }

    static Path minimal() {
        try {
            return Path.of(KnowledgeFixtures.class.getResource("/kb/minimal/sources.yaml").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A writable copy of the minimal knowledge base. */
    static Path copyOfMinimal(Path into) {
        Path from = minimal();
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path to = into.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(f, to);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return into;
    }
}
