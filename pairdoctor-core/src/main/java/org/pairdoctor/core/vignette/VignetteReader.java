package org.pairdoctor.core.vignette;

import com.fasterxml.jackson.databind.JsonNode;
import org.pairdoctor.core.knowledge.KnowledgeBase;
import org.pairdoctor.core.knowledge.KnowledgeDocument;
import org.pairdoctor.core.knowledge.KnowledgeError;
import org.pairdoctor.core.knowledge.Problem;
import org.pairdoctor.core.knowledge.Spelling;
import org.pairdoctor.core.model.TroubleshootingModel;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Binds one schema-valid vignettes file and checks every id in it against the knowledge base: the
 * problem (and that the file is named after it), device, host, cause, questions and answers, actions.
 * Each error is reported at the offending node's line and column.
 */
final class VignetteReader {
    private final KnowledgeBase kb;
    private final KnowledgeDocument doc;
    private final List<KnowledgeError> errors;
    /** The device of a case that names none: the folder's ({@code vignettes/<device-id>/}), else the default. */
    private final String defaultDevice;

    private VignetteReader(KnowledgeBase kb, KnowledgeDocument doc, List<KnowledgeError> errors, String defaultDevice) {
        this.kb = kb;
        this.doc = doc;
        this.errors = errors;
        this.defaultDevice = defaultDevice;
    }

    /** The file's cases when all are valid; errors go to {@code errors}. */
    static Optional<Vignette> read(KnowledgeBase kb, KnowledgeDocument doc, String fileName, List<KnowledgeError> errors) {
        return read(kb, doc, fileName, VignetteCase.DEFAULT_DEVICE, errors);
    }

    /** As {@link #read(KnowledgeBase, KnowledgeDocument, String, List)}, for a device's folder. */
    static Optional<Vignette> read(KnowledgeBase kb, KnowledgeDocument doc, String fileName, String defaultDevice,
                                   List<KnowledgeError> errors) {
        return new VignetteReader(kb, doc, errors, defaultDevice).read(fileName);
    }

    private Optional<Vignette> read(String fileName) {
        int before = errors.size();
        JsonNode root = doc.root();
        String problemId = root.get("problem").asText();
        Optional<Problem> problem = kb.problem(problemId);
        if (problem.isEmpty()) {
            errors.add(unknown("/problem", "problem", problemId, kb.problems().stream().map(Problem::id).toList()));
        } else if (!problemId.equals(fileName)) {
            errors.add(doc.errorAt("/problem", "problem '" + problemId + "' does not match the file name '" + fileName
                    + "': name the file " + problemId + ".yaml"));
        }
        List<VignetteCase> cases = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        JsonNode list = root.get("cases");
        for (int i = 0; i < list.size(); i++) {
            String at = "/cases/" + i;
            String id = list.get(i).get("id").asText();
            String first = seen.putIfAbsent(id, doc.where(at + "/id"));
            if (first != null) {
                errors.add(doc.errorAt(at + "/id", "duplicate case id '" + id + "' (first defined at " + first + ")"));
            }
            if (problem.isPresent()) {
                caseOf(problem.get(), list.get(i), at).ifPresent(cases::add);
            }
        }
        return errors.size() == before ? Optional.of(new Vignette(problemId, doc.path(), cases)) : Optional.empty();
    }

    private Optional<VignetteCase> caseOf(Problem p, JsonNode n, String at) {
        int before = errors.size();
        String device = n.has("device") ? n.get("device").asText() : defaultDevice;
        if (kb.device(device).isEmpty()) {
            errors.add(n.has("device") ? unknown(at + "/device", "device", device, deviceIds())
                    : doc.errorAtKey(at, "the default device '" + device + "' is not in the knowledge base; "
                    + "name the headset with device: (one of " + String.join(", ", deviceIds()) + ")"));
        }
        String host = n.get("host").asText();
        boolean hostKnown = kb.host(host).isPresent();
        if (!hostKnown) {
            errors.add(unknown(at + "/host", "host", host, kb.hosts().stream().map(h -> h.id()).toList()));
        }
        String cause = n.get("cause").asText();
        if (p.cause(cause).isEmpty()) {
            errors.add(unknown(at + "/cause", "cause of problem '" + p.id() + "'", cause,
                    p.causes().stream().map(Problem.Cause::id).toList()));
        }
        boolean deviceFits = kb.device(device).isPresent() && p.appliesTo(kb.device(device).get());
        if (kb.device(device).isPresent() && !deviceFits) {
            errors.add(doc.errorAt(n.has("device") ? at + "/device" : at, "problem '" + p.id()
                    + "' does not exist for device '" + device + "' (its onlyWith excludes it)"));
        }
        Optional<TroubleshootingModel> model = hostKnown && deviceFits ? Optional.of(kb.model(p.id(), host, device))
                : Optional.empty();
        if (model.isPresent() && p.cause(cause).isPresent() && model.get().causes().stream().noneMatch(c -> c.id().equals(cause))) {
            errors.add(doc.errorAt(at + "/cause", "cause '" + cause + "' does not exist for device '" + device
                    + "' (its onlyWith excludes it)"));
        }
        Map<String, String> answers = answers(p, model, n, at, "answers");
        Map<String, String> mistakes = answers(p, model, n, at, "mistakes");
        for (String q : mistakes.keySet()) {
            if (answers.containsKey(q)) {
                errors.add(doc.errorAtKey(at + "/mistakes/" + KnowledgeDocument.segment(q), "question '" + q
                        + "' is both in answers and in mistakes; keep it in one (mistakes win)"));
            }
        }
        List<String> fixes = fixes(p, model, cause, n, at);
        int maxSteps = n.get("maxSteps").asInt();
        // Default true; a case where escalation is right must say so, so it is never one by accident.
        boolean mustNotEscalate = !n.has("mustNotEscalate") || n.get("mustNotEscalate").asBoolean();
        if (fixes.isEmpty() && mustNotEscalate && n.get("fixes").isEmpty()) {
            errors.add(doc.errorAt(n.has("mustNotEscalate") ? at + "/mustNotEscalate" : at + "/fixes",
                    "a case with fixes: [] can only end by escalation: write mustNotEscalate: false "
                            + "(escalation is the right advice), or name the actions that fix it"));
        } else if (!fixes.isEmpty() && !mustNotEscalate) {
            errors.add(doc.errorAt(at + "/mustNotEscalate", "mustNotEscalate: false needs fixes: [] (a person whom "
                    + "an action fixes must not be sent to support)"));
        }
        if (errors.size() != before) {
            return Optional.empty();
        }
        return Optional.of(new VignetteCase(p.id(), n.get("id").asText(), device, host, cause,
                n.get("story").asText(), answers, mistakes, fixes, maxSteps, mustNotEscalate, doc.where(at)));
    }

    private Map<String, String> answers(Problem p, Optional<TroubleshootingModel> model, JsonNode n, String at,
                                        String field) {
        Map<String, String> out = new LinkedHashMap<>();
        JsonNode map = n.get(field);
        if (map == null || map.isNull()) {
            return out;
        }
        List<String> questionIds = p.questions().stream().map(Problem.Question::id).toList();
        map.fields().forEachRemaining(e -> {
            String q = e.getKey();
            String pointer = at + "/" + field + "/" + KnowledgeDocument.segment(q);
            Optional<Problem.Question> question = p.question(q);
            if (question.isEmpty()) {
                errors.add(doc.errorAtKey(pointer, unknownText("question of problem '" + p.id() + "'", q, questionIds)));
                return;
            }
            if (model.isPresent() && model.get().question(q).isEmpty()) {
                errors.add(doc.errorAtKey(pointer, "question '" + q + "' is never asked on host '"
                        + model.get().context().get("host") + "' (its onlyFor leaves it out)"));
                return;
            }
            String a = e.getValue().asText();
            List<String> answerIds = question.get().answers().stream().map(Problem.Answer::id).toList();
            if (!answerIds.contains(a)) {
                errors.add(unknown(pointer, "answer of question '" + q + "'", a, answerIds));
                return;
            }
            out.put(q, a);
        });
        return out;
    }

    private List<String> fixes(Problem p, Optional<TroubleshootingModel> model, String cause, JsonNode n, String at) {
        List<String> out = new ArrayList<>();
        JsonNode list = n.get("fixes");
        List<String> actionIds = p.actions().stream().map(Problem.Action::id).toList();
        for (int i = 0; i < list.size(); i++) {
            String a = list.get(i).asText();
            String pointer = at + "/fixes/" + i;
            if (p.action(a).isEmpty()) {
                errors.add(unknown(pointer, "action of problem '" + p.id() + "'", a, actionIds));
            } else if (out.contains(a)) {
                errors.add(doc.errorAt(pointer, "action '" + a + "' is listed twice"));
            } else if (model.isPresent() && model.get().action(a).isEmpty()) {
                errors.add(doc.errorAt(pointer, "action '" + a + "' is not offered on host '"
                        + model.get().context().get("host") + "' (its onlyFor leaves it out), so it can never fix this case"));
            } else if (model.isPresent() && p.cause(cause).isPresent()
                    && model.get().action(a).get().fixProbability(cause) == 0) {
                errors.add(doc.errorAt(pointer, "action '" + a + "' never fixes cause '" + cause
                        + "' in the model (P(fix) = 0): either the case or the problem's numbers are wrong"));
            } else {
                out.add(a);
            }
        }
        return out;
    }

    private List<String> deviceIds() {
        return kb.devices().stream().map(d -> d.id()).toList();
    }

    private KnowledgeError unknown(String pointer, String what, String id, Collection<String> valid) {
        return doc.errorAt(pointer, unknownText(what, id, valid));
    }

    private static String unknownText(String what, String id, Collection<String> valid) {
        String message = "unknown " + what + " '" + id + "'";
        String near = Spelling.closest(id, valid);
        if (near != null) {
            message += "; did you mean '" + near + "'?";
        }
        return message + " (one of: " + String.join(", ", valid) + ")";
    }
}
