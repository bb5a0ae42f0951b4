package org.pairdoctor.core.vignette;

import org.pairdoctor.core.knowledge.KnowledgeBase;
import org.pairdoctor.core.knowledge.KnowledgeDocument;
import org.pairdoctor.core.knowledge.KnowledgeError;
import org.pairdoctor.core.knowledge.KnowledgeException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Every vignette of a knowledge directory ({@code vignettes/<problem-id>.yaml}, and
 * {@code vignettes/<device-id>/<problem-id>.yaml} for a device's cases), checked against the
 * loaded knowledge base, and the cases listed in {@code vignettes/KNOWN-FAILURES}. Immutable.
 *
 * @param vignettes     one per file, in file-name order
 * @param knownFailures names ({@code problem/case}) of cases expected to fail for now; a listed case that
 *                      passes fails the suite, so the list only ever shrinks
 */
public record VignetteSuite(List<Vignette> vignettes, Set<String> knownFailures) {
    /** The file, under {@code vignettes/}, that lists the cases expected to fail for now. */
    public static final String KNOWN_FAILURES = "KNOWN-FAILURES";

    public VignetteSuite {
        vignettes = List.copyOf(vignettes);
        knownFailures = Set.copyOf(knownFailures);
    }

    /**
     * Reads and checks every vignettes file under {@code dir/vignettes}; none is an empty suite.
     *
     * @param dir the knowledge directory as given (paths in messages start with it)
     * @param kb  the knowledge base loaded from {@code dir}
     * @throws KnowledgeException listing every error as {@code path:line:col: message}
     */
    public static VignetteSuite load(Path dir, KnowledgeBase kb) {
        String display = dir.toString().isEmpty() ? "." : dir.toString();
        Path folder = dir.resolve("vignettes");
        if (!Files.isDirectory(folder)) {
            return new VignetteSuite(List.of(), Set.of());
        }
        List<KnowledgeError> errors = new ArrayList<>();
        List<Vignette> vignettes = new ArrayList<>();
        read(kb, folder, display + "/vignettes", VignetteCase.DEFAULT_DEVICE, errors, vignettes);
        // vignettes/<device-id>/<problem-id>.yaml: the cases of one device; device defaults to the folder's name
        for (Path sub : folders(folder, display)) {
            String device = sub.getFileName().toString();
            String shown = display + "/vignettes/" + device;
            if (kb.device(device).isEmpty()) {
                errors.add(new KnowledgeError(shown, 0, 0, "no device '" + device + "': a folder under vignettes/ is "
                        + "named after a device id (one of " + String.join(", ",
                        kb.devices().stream().map(d -> d.id()).toList()) + ")"));
                continue;
            }
            read(kb, sub, shown, device, errors, vignettes);
        }
        uniqueNames(vignettes, errors);
        // A file with errors has no cases to name: checking the list against it would only echo those errors.
        Set<String> known = !errors.isEmpty() ? Set.of() : knownFailures(folder.resolve(KNOWN_FAILURES), display + "/vignettes/" + KNOWN_FAILURES,
                vignettes, errors);
        if (!errors.isEmpty()) {
            throw new KnowledgeException(errors);
        }
        return new VignetteSuite(vignettes, known);
    }

    private static void read(KnowledgeBase kb, Path folder, String shownFolder, String device,
                             List<KnowledgeError> errors, List<Vignette> out) {
        for (Path file : files(folder, shownFolder)) {
            String name = file.getFileName().toString();
            if (!name.matches(".*\\.ya?ml")) {
                continue;
            }
            String shown = shownFolder + "/" + name;
            KnowledgeDocument.readVignettes(file, shown, errors)
                    .flatMap(doc -> VignetteReader.read(kb, doc, name.replaceFirst("\\.ya?ml$", ""), device, errors))
                    .ifPresent(out::add);
        }
    }

    /** Case names ({@code problem/case}) are unique across all folders, so KNOWN-FAILURES names one case. */
    private static void uniqueNames(List<Vignette> vignettes, List<KnowledgeError> errors) {
        java.util.Map<String, String> seen = new java.util.HashMap<>();
        for (Vignette v : vignettes) {
            for (VignetteCase c : v.cases()) {
                String first = seen.putIfAbsent(c.name(), c.where());
                if (first != null && !first.startsWith(v.path() + ":")) {
                    String[] at = c.where().split(":");
                    errors.add(new KnowledgeError(v.path(), Integer.parseInt(at[at.length - 2]),
                            Integer.parseInt(at[at.length - 1]), "case '" + c.name() + "' is also defined at " + first
                            + ": give it another id (case names are unique across device folders)"));
                }
            }
        }
    }

    private static List<Path> folders(Path folder, String display) {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
        } catch (IOException e) {
            throw new KnowledgeException(List.of(new KnowledgeError(display + "/vignettes", 0, 0,
                    "cannot list: " + e.getMessage())));
        }
    }

    /** How many cases the suite has. */
    public int size() {
        return vignettes.stream().mapToInt(v -> v.cases().size()).sum();
    }

    private static List<Path> files(Path folder, String shownFolder) {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
        } catch (IOException e) {
            throw new KnowledgeException(List.of(new KnowledgeError(shownFolder, 0, 0, "cannot list: " + e.getMessage())));
        }
    }

    /**
     * One case per line as {@code problem/case}, optionally followed by a reason; {@code #} starts a
     * comment. A line naming no case is an error, so the list cannot hide a typo.
     */
    private static Set<String> knownFailures(Path file, String shown, List<Vignette> vignettes,
                                             List<KnowledgeError> errors) {
        Set<String> out = new LinkedHashSet<>();
        if (!Files.isRegularFile(file)) {
            return out;
        }
        Set<String> names = new LinkedHashSet<>();
        vignettes.forEach(v -> v.cases().forEach(c -> names.add(c.name())));
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            errors.add(new KnowledgeError(shown, 0, 0, "cannot read: " + e.getMessage()));
            return out;
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).replaceFirst("#.*", "").strip();
            if (line.isEmpty()) {
                continue;
            }
            String name = line.split("\\s+", 2)[0];
            if (!names.contains(name)) {
                errors.add(new KnowledgeError(shown, i + 1, 1, "'" + name + "' is not a case (write problem/case-id, "
                        + "e.g. " + names.stream().findFirst().orElse("drops-every-few-minutes/flat-battery") + ")"));
            } else if (!out.add(name)) {
                errors.add(new KnowledgeError(shown, i + 1, 1, "'" + name + "' is listed twice"));
            }
        }
        return out;
    }
}
