package org.pairdoctor.core.simulation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.pairdoctor.core.knowledge.KnowledgeDocument;
import org.pairdoctor.core.knowledge.KnowledgeError;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads world files (YAML, format in {@code docs/simulation.md}); errors name the file, line and column. */
public final class WorldFile {
    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private WorldFile() {
    }

    // Wire shapes: classes with fields, not records, so that Jackson reports a bad field at its own
    // line (records are bound after buffering the whole object).
    static final class UsersYaml {
        public Double answerMistakeRate;
        public Double skipRate;
        public Double giveUpAfterSeconds;
        public Double giveUpPerStep;
        public Double durationSpread;
    }

    static final class ProblemYaml {
        public Map<String, Double> priors;
        public Map<String, Map<String, Double>> hostPriors;
        public Map<String, Map<String, Double>> fixes;
        public Map<String, Map<String, Map<String, Double>>> answers;
        public Map<String, Double> seconds;
        public Map<String, Double> spread;
    }

    static final class WorldYaml {
        public String knowledge;
        public String description;
        public Map<String, Double> hosts;
        public Map<String, Double> devices;
        public UsersYaml users;
        public Map<String, ProblemYaml> problems;
    }

    /**
     * Reads a world file; a relative {@code knowledge} path is resolved against the file's directory.
     * Every error is reported at once, each as {@code path:line:col: message}.
     */
    public static World read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InvalidWorldException(file + ": no such world file");
        }
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new InvalidWorldException(file + ": cannot read: " + e.getMessage());
        }
        List<KnowledgeError> syntax = new ArrayList<>();
        Optional<KnowledgeDocument> doc = KnowledgeDocument.read(file, file.toString(), syntax);
        if (doc.isEmpty()) {
            throw new InvalidWorldException(String.join("\n", syntax.stream().map(KnowledgeError::toString).toList()));
        }
        World.Locator locator = dotted -> doc.get().where(pointer(dotted));
        return parse(text, file.toString(), file.toAbsolutePath().getParent(), locator);
    }

    /** Parses world YAML; {@code origin} names it in messages, {@code base} resolves its knowledge path. */
    public static World parse(String yaml, String origin, Path base) {
        return parse(yaml, origin, base, dotted -> origin);
    }

    private static World parse(String yaml, String origin, Path base, World.Locator at) {
        WorldYaml w;
        try {
            w = YAML.readValue(yaml, WorldYaml.class);
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            String where = loc == null ? "" : loc.getLineNr() + ":" + loc.getColumnNr() + ":";
            String path = e instanceof JsonMappingException m && !m.getPath().isEmpty()
                    ? " (at " + m.getPathReference() + ")" : "";
            throw new InvalidWorldException(origin + ":" + where + " " + e.getOriginalMessage() + path);
        }
        if (w == null) {
            throw new InvalidWorldException(origin + ": empty world file");
        }
        List<String> errors = new ArrayList<>();
        if (w.knowledge == null || w.knowledge.isBlank()) {
            errors.add(at.at("") + ": 'knowledge' (the knowledge base directory) is missing");
        }
        World.Users d = World.Users.DEFAULT;
        UsersYaml u = w.users;
        World.Users users = u == null ? d : new World.Users(
                rate(u.answerMistakeRate, d.answerMistakeRate(), at, "users.answerMistakeRate", errors),
                rate(u.skipRate, d.skipRate(), at, "users.skipRate", errors),
                nonNegative(u.giveUpAfterSeconds, d.giveUpAfterSeconds(), at, "users.giveUpAfterSeconds", errors),
                rate(u.giveUpPerStep, d.giveUpPerStep(), at, "users.giveUpPerStep", errors),
                nonNegative(u.durationSpread, d.durationSpread(), at, "users.durationSpread", errors));
        Map<String, World.ProblemTruth> problems = new java.util.LinkedHashMap<>();
        if (w.problems != null) {
            w.problems.forEach((id, p) -> problems.put(id, p == null ? World.ProblemTruth.NONE
                    : new World.ProblemTruth(p.priors, p.hostPriors, p.fixes, p.answers, p.seconds,
                    p.spread)));
        }
        if (w.hosts != null) {
            w.hosts.forEach((h, x) -> nonNegative(x, 0, at, "hosts." + h, errors));
        }
        if (w.devices != null) {
            w.devices.forEach((id, x) -> {
                if (x == null) {
                    errors.add(at.at("devices." + id) + ": devices." + id + " has no weight");
                }
                nonNegative(x, 0, at, "devices." + id, errors);
            });
        }
        if (!errors.isEmpty()) {
            throw new InvalidWorldException(String.join("\n", errors));
        }
        return new World(origin, base.resolve(w.knowledge).normalize(), w.hosts, users, problems, at,
                w.devices);
    }

    /** {@code problems.x.priors} to the JSON pointer {@code /problems/x/priors}. */
    private static String pointer(String dotted) {
        if (dotted.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (String part : dotted.split("\\.")) {
            b.append('/').append(KnowledgeDocument.segment(part));
        }
        return b.toString();
    }

    private static double rate(Double v, double dflt, World.Locator at, String what, List<String> errors) {
        if (v == null) {
            return dflt;
        }
        if (!(v >= 0 && v <= 1)) {
            errors.add(at.at(what) + ": " + what + " is " + v + "; it must be between 0 and 1");
            return dflt;
        }
        return v;
    }

    private static double nonNegative(Double v, double dflt, World.Locator at, String what, List<String> errors) {
        if (v == null) {
            return dflt;
        }
        if (!(v >= 0) || v.isInfinite()) {
            errors.add(at.at(what) + ": " + what + " is " + v + "; it must be a finite number >= 0");
            return dflt;
        }
        return v;
    }
}
