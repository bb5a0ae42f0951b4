package org.pairdoctor.core.model;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes the flattened model file of {@code design/troubleshooting.md}. Errors name the
 * file, line and column, and what is wrong.
 */
public final class ModelJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private ModelJson() {
    }

    // Wire shapes: plain classes rather than records, because Jackson binds records through their
    // constructor after buffering the whole object, which loses the line and column of a bad field.
    static final class CauseJson {
        public String id;
        public Double prior;

        CauseJson() {
        }

        CauseJson(String id, double prior) {
            this.id = id;
            this.prior = prior;
        }
    }

    static final class ActionJson {
        public String id;
        public Double seconds;
        public Map<String, Double> fixes;
        @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
        public Boolean destructive;
        /** Optional: the person's hands-on seconds (default: {@code seconds}). */
        public Double effortSeconds;
        /** Optional: seconds the person waits (default 0). Informative: {@code seconds} is the cost. */
        public Double waitSeconds;

        ActionJson() {
        }

        ActionJson(Action a) {
            this.id = a.id();
            this.seconds = a.seconds();
            this.fixes = a.fixes();
            this.destructive = a.destructive() ? Boolean.TRUE : null;
            // Written only when they say more than seconds does, so older files round-trip unchanged.
            if (a.waitSeconds() > 0 || a.effortSeconds() != a.seconds()) {
                this.effortSeconds = a.effortSeconds();
                this.waitSeconds = a.waitSeconds();
            }
        }

        Action toAction() {
            double s = req(seconds, "seconds of action '" + id + "'");
            return new Action(id, s, fixes, Boolean.TRUE.equals(destructive),
                    effortSeconds == null ? s : effortSeconds, waitSeconds == null ? 0 : waitSeconds);
        }
    }

    static final class AnswerJson {
        public String id;
        public Map<String, Double> likelihood;

        AnswerJson() {
        }

        AnswerJson(String id, Map<String, Double> likelihood) {
            this.id = id;
            this.likelihood = likelihood;
        }
    }

    static final class QuestionJson {
        public String id;
        public Double seconds;
        public List<AnswerJson> answers;

        QuestionJson() {
        }

        QuestionJson(String id, double seconds, List<AnswerJson> answers) {
            this.id = id;
            this.seconds = seconds;
            this.answers = answers;
        }
    }

    static final class EscalationJson {
        public String id;
        public Double seconds;
        /** Optional: support-contact (default), repair or workaround. */
        public String kind;

        EscalationJson() {
        }

        EscalationJson(Escalation e) {
            this.id = e.id();
            this.seconds = e.seconds();
            this.kind = e.kind().id();
        }

        Escalation toEscalation() {
            Escalation.Kind k = kind == null ? Escalation.Kind.SUPPORT_CONTACT : Escalation.Kind.ofId(kind);
            if (k == null) {
                throw new InvalidModelException("the escalation's kind '" + kind + "' is unknown; known: "
                        + "support-contact, repair, workaround");
            }
            return new Escalation(id, req(seconds, "seconds of the escalation"), k);
        }
    }

    static final class ModelFile {
        public String problem;
        public Map<String, String> context;
        public List<CauseJson> causes;
        public List<ActionJson> actions;
        public List<QuestionJson> questions;
        public EscalationJson escalation;
        @com.fasterxml.jackson.annotation.JsonProperty("static")
        public List<String> staticOrder;
    }

    /** Reads a model file; throws {@link InvalidModelException} naming the file and what is wrong. */
    public static TroubleshootingModel read(Path file) {
        try {
            return parse(Files.readString(file), file.toString());
        } catch (NoSuchFileException e) {
            throw new InvalidModelException(file + ": no such file");
        } catch (IOException e) {
            throw new InvalidModelException(file + ": cannot read: " + e.getMessage());
        }
    }

    /** Parses model JSON; {@code origin} names the source in messages. */
    public static TroubleshootingModel parse(String json, String origin) {
        ModelFile f;
        try {
            f = MAPPER.readValue(json, ModelFile.class);
        } catch (JsonProcessingException e) {
            throw new InvalidModelException(origin + ":" + where(e.getLocation()) + " " + e.getOriginalMessage()
                    + path(e));
        }
        if (f == null) {
            throw new InvalidModelException(origin + ": empty model file");
        }
        try {
            return toModel(f);
        } catch (InvalidModelException e) {
            throw new InvalidModelException(origin + ": " + e.getMessage());
        } catch (NullPointerException e) {
            throw new InvalidModelException(origin + ": a required field is missing (problem, causes, escalation, "
                    + "and an id and seconds for every step)");
        }
    }

    private static String where(JsonLocation loc) {
        return loc == null ? "" : loc.getLineNr() + ":" + loc.getColumnNr() + ":";
    }

    private static String path(JsonProcessingException e) {
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            return " (at " + m.getPathReference() + ")";
        }
        return "";
    }

    private static TroubleshootingModel toModel(ModelFile f) {
        if (f.causes == null) {
            throw new InvalidModelException("the model has no causes");
        }
        if (f.escalation == null) {
            throw new InvalidModelException("the model has no escalation");
        }
        return new TroubleshootingModel(f.problem, f.context,
                f.causes.stream().map(c -> new Cause(c.id, req(c.prior, "prior of cause '" + c.id + "'"))).toList(),
                f.actions == null ? List.of() : f.actions.stream()
                        .map(ActionJson::toAction).toList(),
                f.questions == null ? List.of() : f.questions.stream()
                        .map(q -> new Question(q.id, req(q.seconds, "seconds of question '" + q.id + "'"), q.answers == null ? List.of()
                                : q.answers.stream().map(a -> new Answer(a.id, a.likelihood)).toList()))
                        .toList(),
                f.escalation.toEscalation(), f.staticOrder);
    }

    private static double req(Double value, String what) {
        if (value == null) {
            throw new InvalidModelException(what + " is missing");
        }
        return value;
    }

    /** Writes a model in the contract format (stable field order). */
    public static String write(TroubleshootingModel m) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("problem", m.problem());
        out.put("context", m.context());
        out.put("causes", m.causes().stream().map(c -> new CauseJson(c.id(), c.prior())).toList());
        out.put("actions", m.actions().stream()
                .map(ActionJson::new).toList());
        out.put("questions", m.questions().stream().map(q -> new QuestionJson(q.id(), q.seconds(),
                q.answers().stream().map(a -> new AnswerJson(a.id(), a.likelihood())).toList())).toList());
        out.put("escalation", new EscalationJson(m.escalation()));
        if (!m.staticOrder().isEmpty()) {
            out.put("static", m.staticOrder());
        }
        try {
            return MAPPER.copy().setSerializationInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
                    .writeValueAsString(out);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot happen: model records always serialise", e);
        }
    }
}
