package org.pairdoctor.core.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import org.pairdoctor.core.model.InvalidModelException;
import org.pairdoctor.core.model.TroubleshootingModel;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads a knowledge directory: finds the files, parses each with positions, validates it against its
 * schema, binds the valid ones, runs the cross-file checks and flattens every model once. Every
 * error of every stage is collected; nothing is returned unless there are none.
 */
final class KnowledgeLoader {
    private static final String LAYOUT = "knowledge files are sources.yaml, devices/<id>.yaml, hosts/<family>.yaml, "
            + "problems/<id>.yaml, guide/behaviours.yaml, guide/faq.yaml, vignettes/<problem-id>.yaml and "
            + "vignettes/<device-id>/<problem-id>.yaml";

    private final Path dir;
    private final String display;
    private final List<KnowledgeError> errors = new ArrayList<>();
    /** Kinds with a file that could not be read or failed its schema: cross-references into them are not checked. */
    private final Set<SchemaCheck.FileKind> incomplete = EnumSet.noneOf(SchemaCheck.FileKind.class);

    private final List<YamlDocument> documents = new ArrayList<>();
    private final List<Located<Source>> sources = new ArrayList<>();
    private final List<Located<Device>> devices = new ArrayList<>();
    private final List<Located<Host>> hosts = new ArrayList<>();
    private final List<Located<Problem>> problems = new ArrayList<>();
    private final List<Located<Behaviour>> behaviours = new ArrayList<>();
    private final List<Located<FaqEntry>> faq = new ArrayList<>();

    /** These exact files passed a full check before: read and bind them only. */
    private boolean trusted;

    private KnowledgeLoader(Path dir) {
        this.dir = dir;
        this.display = dir.toString().isEmpty() ? "." : dir.toString();
    }

    static KnowledgeBase load(Path dir, CheckRecord record) {
        return new KnowledgeLoader(dir).load(record);
    }

    private KnowledgeBase load(CheckRecord record) {
        if (!Files.isDirectory(dir)) {
            throw new KnowledgeException(List.of(new KnowledgeError(display, 0, 0,
                    "not a directory (expected the knowledge base: " + LAYOUT + ")")));
        }
        List<Path> files = files();
        String fingerprint = record == CheckRecord.NONE ? null : KnowledgeFingerprint.of(dir, files);
        trusted = fingerprint != null && record.passed(fingerprint);
        KnowledgeBase base = readAll(files);
        if (!trusted && fingerprint != null) {
            record.pass(fingerprint);
        }
        return base;
    }

    private KnowledgeBase readAll(List<Path> files) {
        boolean sawSources = false;
        for (Path file : files) {
            String rel = dir.relativize(file).toString().replace('\\', '/');
            String shown = display + "/" + rel;
            Optional<SchemaCheck.FileKind> kind = kindOf(rel);
            if (kind.isEmpty()) {
                errors.add(new KnowledgeError(shown, 0, 0, "unexpected file: " + LAYOUT));
                continue;
            }
            if (kind.get() == SchemaCheck.FileKind.VIGNETTES) {
                // The regression suite, not knowledge the app uses: read and checked by VignetteSuite
                // (kb check, vignettes), so a broken case never stops a server from starting.
                continue;
            }
            sawSources |= kind.get() == SchemaCheck.FileKind.SOURCES;
            read(file, shown).ifPresentOrElse(doc -> validateAndBind(kind.get(), doc),
                    () -> incomplete.add(kind.get()));
        }
        if (!sawSources) {
            errors.add(new KnowledgeError(display + "/sources.yaml", 0, 0, "missing: every source cited is listed here"));
            incomplete.add(SchemaCheck.FileKind.SOURCES);
        }
        if (!trusted) {
            KnowledgeFiles all = new KnowledgeFiles(documents, sources, devices, hosts, problems, behaviours, faq);
            errors.addAll(SemanticCheck.check(all, incomplete));
            errors.addAll(ProbeReferences.check(all.problems()));
        }
        if (!errors.isEmpty()) {
            throw new KnowledgeException(errors);
        }
        return build();
    }

    private List<Path> files() {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> !isHidden(dir.relativize(p)))
                    .filter(p -> p.getFileName().toString().matches(".*\\.ya?ml"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new KnowledgeException(List.of(new KnowledgeError(display, 0, 0, "cannot list: " + e.getMessage())));
        }
    }

    private static boolean isHidden(Path rel) {
        for (Path part : rel) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    static Optional<SchemaCheck.FileKind> kindOf(String rel) {
        String[] parts = rel.split("/");
        if (parts.length == 1 && parts[0].matches("sources\\.ya?ml")) {
            return Optional.of(SchemaCheck.FileKind.SOURCES);
        }
        if (parts.length == 3 && parts[0].equals("vignettes")) {
            return Optional.of(SchemaCheck.FileKind.VIGNETTES);   // vignettes/<device-id>/<problem-id>.yaml
        }
        if (parts.length != 2) {
            return Optional.empty();
        }
        return switch (parts[0]) {
            case "devices" -> Optional.of(SchemaCheck.FileKind.DEVICE);
            case "hosts" -> Optional.of(SchemaCheck.FileKind.HOSTS);
            case "problems" -> Optional.of(SchemaCheck.FileKind.PROBLEM);
            case "vignettes" -> Optional.of(SchemaCheck.FileKind.VIGNETTES);
            case "guide" -> parts[1].matches("behaviours\\.ya?ml") ? Optional.of(SchemaCheck.FileKind.BEHAVIOURS)
                    : parts[1].matches("faq\\.ya?ml") ? Optional.of(SchemaCheck.FileKind.FAQ) : Optional.empty();
            default -> Optional.empty();
        };
    }

    private Optional<YamlDocument> read(Path file, String shown) {
        return readFile(file, shown, errors);
    }

    /**
     * Reads and parses one file as strict UTF-8 YAML; errors are added to {@code errors}. Empty when
     * the file cannot be used, including when it parsed but had errors (duplicate keys and the like).
     */
    static Optional<YamlDocument> readFile(Path file, String shown, List<KnowledgeError> errors) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (CharacterCodingException e) {
            errors.add(new KnowledgeError(shown, 0, 0, "not UTF-8 text"));
            return Optional.empty();
        } catch (IOException e) {
            errors.add(new KnowledgeError(shown, 0, 0, "cannot read: " + e.getMessage()));
            return Optional.empty();
        }
        int before = errors.size();
        Optional<YamlDocument> doc = YamlReader.read(shown, text, errors);
        // Duplicate keys and the like leave a usable tree, but the file is still wrong.
        return errors.size() == before ? doc : doc.filter(d -> false);
    }

    private void validateAndBind(SchemaCheck.FileKind kind, YamlDocument doc) {
        List<KnowledgeError> schemaErrors = trusted ? List.of() : SchemaCheck.instance().check(kind, doc);
        if (!schemaErrors.isEmpty()) {
            errors.addAll(schemaErrors);
            incomplete.add(kind);
            return;
        }
        documents.add(doc);
        JsonNode root = doc.root();
        switch (kind) {
            case SOURCES -> {
                List<Source> list = KnowledgeBinder.sourceList(root);
                for (int i = 0; i < list.size(); i++) {
                    sources.add(new Located<>(list.get(i), doc, "/sources/" + i));
                }
            }
            case DEVICE -> devices.add(new Located<>(KnowledgeBinder.device(root), doc, ""));
            case HOSTS -> {
                String family = root.get("family").asText();
                for (int i = 0; i < root.get("hosts").size(); i++) {
                    hosts.add(new Located<>(KnowledgeBinder.host(root.get("hosts").get(i), family), doc, "/hosts/" + i));
                }
                String name = doc.path().substring(doc.path().lastIndexOf('/') + 1).replaceFirst("\\.ya?ml$", "");
                if (!name.equals(family)) {
                    errors.add(doc.errorAt("/family", "family '" + family + "' does not match the file name '" + name
                            + "': name the file " + family + ".yaml"));
                }
            }
            case PROBLEM -> problems.add(new Located<>(KnowledgeBinder.problem(root), doc, ""));
            case BEHAVIOURS -> {
                List<Behaviour> list = KnowledgeBinder.behaviours(root);
                for (int i = 0; i < list.size(); i++) {
                    behaviours.add(new Located<>(list.get(i), doc, "/behaviours/" + i));
                }
            }
            case VIGNETTES -> throw new IllegalStateException("vignettes are read by VignetteSuite");
            case FAQ -> {
                List<FaqEntry> list = KnowledgeBinder.faq(root);
                for (int i = 0; i < list.size(); i++) {
                    faq.add(new Located<>(list.get(i), doc, "/questions/" + i));
                }
            }
        }
    }

    /** Every model of every problem, host (and the generic host) and device; an invalid one is an error. */
    private Map<String, TroubleshootingModel> flattenAll(Collection<Host> resolved, HostTree tree) {
        Map<String, TroubleshootingModel> models = new LinkedHashMap<>();
        List<Host> contexts = new ArrayList<>(resolved);
        contexts.add(null);
        for (Located<Problem> lp : problems) {
            Problem p = lp.value();
            for (Host h : contexts) {
                String hostId = h == null ? KnowledgeBase.GENERIC_HOST : h.id();
                for (Located<Device> d : devices) {
                    if (!p.appliesTo(d.value())) {
                        continue;
                    }
                    try {
                        models.put(KnowledgeBase.key(p.id(), hostId, d.value().id()),
                                ModelFlattener.flatten(p, h, d.value(), tree));
                    } catch (InvalidModelException e) {
                        errors.add(lp.error("/id", "the model of problem '" + p.id() + "' for host '" + hostId
                                + "' and device '" + d.value().id() + "' is invalid: " + e.getMessage()));
                    }
                }
            }
        }
        return models;
    }

    private KnowledgeBase build() {
        Map<String, Host> plain = new LinkedHashMap<>();
        hosts.forEach(h -> plain.put(h.value().id(), h.value()));
        HostTree tree = new HostTree(plain);
        Map<String, Host> resolved = new LinkedHashMap<>();
        plain.values().forEach(h -> resolved.put(h.id(), tree.resolved(h)));

        // Files that passed before flatten their models when first asked for; others flatten every one
        // now, which is part of the check.
        Map<String, TroubleshootingModel> models = trusted ? Map.of() : flattenAll(resolved.values(), tree);
        if (!errors.isEmpty()) {
            throw new KnowledgeException(errors);
        }
        Map<String, Source> sourceMap = new LinkedHashMap<>();
        sources.forEach(s -> sourceMap.put(s.value().id(), s.value()));
        return new KnowledgeBase(sourceMap, devices.stream().map(Located::value).toList(),
                List.copyOf(resolved.values()), problems.stream().map(Located::value).toList(),
                behaviours.stream().map(Located::value).toList(), faq.stream().map(Located::value).toList(),
                tree, models);
    }
}
