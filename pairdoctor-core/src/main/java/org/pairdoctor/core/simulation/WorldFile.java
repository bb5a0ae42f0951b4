package org.pairdoctor.core.simulation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;

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
        public UsersYaml users;
        public Map<String, ProblemYaml> problems;
    }

    /** Reads a world file; a relative {@code knowledge} path is resolved against the file's directory. */
    public static World read(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new InvalidWorldException(file + ": no such world file");
        } catch (IOException e) {
            throw new InvalidWorldException(file + ": cannot read: " + e.getMessage());
        }
        Path base = file.toAbsolutePath().getParent();
        return parse(text, file.toString(), base);
    }

    /** Parses world YAML; {@code origin} names it in messages, {@code base} resolves its knowledge path. */
    public static World parse(String yaml, String origin, Path base) {
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
        if (w.knowledge == null || w.knowledge.isBlank()) {
            throw new InvalidWorldException(origin + ": 'knowledge' (the knowledge base directory) is missing");
        }
        World.Users d = World.Users.DEFAULT;
        UsersYaml u = w.users;
        World.Users users = u == null ? d : new World.Users(
                rate(u.answerMistakeRate, d.answerMistakeRate(), origin, "users.answerMistakeRate"),
                rate(u.skipRate, d.skipRate(), origin, "users.skipRate"),
                nonNegative(u.giveUpAfterSeconds, d.giveUpAfterSeconds(), origin, "users.giveUpAfterSeconds"),
                rate(u.giveUpPerStep, d.giveUpPerStep(), origin, "users.giveUpPerStep"),
                nonNegative(u.durationSpread, d.durationSpread(), origin, "users.durationSpread"));
        Map<String, World.ProblemTruth> problems = new java.util.LinkedHashMap<>();
        if (w.problems != null) {
            w.problems.forEach((id, p) -> problems.put(id, p == null ? World.ProblemTruth.NONE
                    : new World.ProblemTruth(p.priors, p.hostPriors, p.fixes, p.answers, p.seconds,
                    p.spread)));
        }
        if (w.hosts != null) {
            w.hosts.forEach((h, x) -> nonNegative(x, 0, origin, "hosts." + h));
        }
        return new World(origin, base.resolve(w.knowledge).normalize(), w.hosts, users, problems);
    }

    private static double rate(Double v, double dflt, String origin, String what) {
        if (v == null) {
            return dflt;
        }
        if (!(v >= 0 && v <= 1)) {
            throw new InvalidWorldException(origin + ": " + what + " is " + v + "; it must be between 0 and 1");
        }
        return v;
    }

    private static double nonNegative(Double v, double dflt, String origin, String what) {
        if (v == null) {
            return dflt;
        }
        if (!(v >= 0) || v.isInfinite()) {
            throw new InvalidWorldException(origin + ": " + what + " is " + v + "; it must be a finite number >= 0");
        }
        return v;
    }
}
