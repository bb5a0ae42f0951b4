package org.pairdoctor.core.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks that every step of a problem, rendered for each device it applies to (the problem's, the
 * step's and the instruction's {@code onlyWith}), names only buttons and device procedures that
 * device has: a {@code {button:ID}} outside an optional {@code [[...]]} segment, and a {@code device:}
 * instruction without a {@code default:} text. Each finding is reported once, at the text or
 * instruction that wrote it, naming the devices it fails for. Also checks that the device ids in
 * {@code onlyWith} conditions exist. The rows of the behaviour table and the FAQ entries are checked the
 * same way ({@link #checkGuideEntry}), and there also a placeholder the device leaves empty (its LE
 * entry, support address, pairing light, cable) must stand in an optional segment.
 */
final class DeviceReferenceCheck {
    private final Located<?> lp;
    private final Map<String, Located<Device>> devices;
    /** "step" for a problem's texts, "entry" for the guide's; a guide entry must also fill every placeholder. */
    private final String what;
    /** Findings (pointer, message prefix) to the devices they fail for, in order of discovery. */
    private final Map<List<String>, Set<String>> findings = new LinkedHashMap<>();
    private final List<KnowledgeError> errors = new ArrayList<>();

    private DeviceReferenceCheck(Located<?> lp, Map<String, Located<Device>> devices, String what) {
        this.lp = lp;
        this.devices = devices;
        this.what = what;
    }

    static List<KnowledgeError> check(Located<Problem> lp, Map<String, Located<Device>> devices) {
        DeviceReferenceCheck c = new DeviceReferenceCheck(lp, devices, "step");
        c.run(lp.value());
        return c.errors;
    }

    /**
     * A behaviour row or FAQ entry: its {@code texts} (by JSON pointer relative to the entry), rendered for
     * every device its {@code onlyWith} holds for.
     */
    static List<KnowledgeError> checkGuideEntry(Located<?> entry, DeviceCondition onlyWith, Map<String, String> texts,
                                                Map<String, Located<Device>> devices) {
        DeviceReferenceCheck c = new DeviceReferenceCheck(entry, devices, "entry");
        c.condition("/onlyWith", onlyWith);
        for (Located<Device> ld : devices.values()) {
            if (onlyWith.matches(ld.value())) {
                texts.forEach((pointer, text) -> c.text(pointer, text, ld.value()));
            }
        }
        c.report();
        return c.errors;
    }

    private void run(Problem p) {
        conditions(p);
        for (Located<Device> ld : devices.values()) {
            Device d = ld.value();
            if (!p.appliesTo(d)) {
                continue;
            }
            for (int i = 0; i < p.actions().size(); i++) {
                Problem.Action a = p.actions().get(i);
                if (a.onlyWith().matches(d)) {
                    String at = "/actions/" + i;
                    text(at + "/title", a.title(), d);
                    instructions(at, a.instructions(), d, "action '" + a.id() + "'");
                }
            }
            for (int i = 0; i < p.questions().size(); i++) {
                Problem.Question q = p.questions().get(i);
                if (q.onlyWith().matches(d)) {
                    String at = "/questions/" + i;
                    text(at + "/text", q.text(), d);
                    for (int j = 0; j < q.answers().size(); j++) {
                        text(at + "/answers/" + j + "/text", q.answers().get(j).text(), d);
                    }
                    instructions(at, q.instructions(), d, "question '" + q.id() + "'");
                }
            }
            Problem.Escalation e = p.escalation();
            text("/escalation/title", e.title(), d);
            text("/escalation/text", e.text(), d);
            text("/escalation/contact", e.contact(), d);
            for (int j = 0; j < e.alternatives().size(); j++) {
                Problem.Alternative alt = e.alternatives().get(j);
                if (alt.onlyWith().matches(d)) {
                    boolean object = lp.doc().root().at(lp.pointer() + "/escalation/alternatives/" + j).isObject();
                    text("/escalation/alternatives/" + j + (object ? "/text" : ""), alt.text(), d);
                }
            }
        }
        report();
    }

    private void report() {
        findings.forEach((k, lacking) -> errors.add(lp.error(k.get(0), k.get(1).replace("DEVICES",
                (lacking.size() > 1 ? "devices " : "device ") + String.join(", ", lacking)))));
    }

    private void instructions(String at, List<Problem.Instruction> list, Device d, String step) {
        for (int k = 0; k < list.size(); k++) {
            Problem.Instruction ins = list.get(k);
            if (!ins.onlyWith().matches(d)) {
                continue;
            }
            String here = at + "/instructions/" + k;
            text(here + "/text", ins.text(), d);
            if (ins.device() != null && !d.procedures().containsKey(ins.device())) {
                if (ins.fallback() == null) {
                    add(here + "/device", "device procedure '" + ins.device() + "' is missing for DEVICES and the "
                            + "instruction has no default: text (the " + step + " applies to it: add the procedure, "
                            + "a default:, or onlyWith)", d);
                } else {
                    text(here + "/default", ins.fallback(), d);
                }
            } else if (ins.host() != null) {
                text(here + "/default", ins.fallback(), d);
            }
        }
    }

    private void text(String pointer, String text, Device d) {
        if (text == null) {
            return;
        }
        for (String b : Placeholders.requiredButtons(text)) {
            if (d.button(b).isEmpty()) {
                add(pointer, "'{button:" + b + "}' names a button missing on DEVICES, and the " + what + " applies "
                        + "there: condition the " + ("step".equals(what) ? "step or instruction" : what)
                        + " with onlyWith, or put the words in an optional segment [[...]]", d);
            }
        }
        if ("entry".equals(what)) {
            StepRenderer r = new StepRenderer(d, null, id -> id);
            for (String n : Placeholders.required(text)) {
                if (!n.startsWith(Placeholders.BUTTON) && Placeholders.NAMES.contains(n) && r.fill("{" + n + "}").isEmpty()) {
                    add(pointer, "'{" + n + "}' is empty for DEVICES, and the entry applies there: condition the entry "
                            + "with onlyWith, or put the words in an optional segment [[...]]", d);
                }
            }
        }
    }

    private void add(String pointer, String message, Device d) {
        findings.computeIfAbsent(List.of(pointer, message), k -> new TreeSet<>()).add(d.id());
    }

    /** Device ids named in onlyWith conditions must exist. */
    private void conditions(Problem p) {
        condition("/onlyWith", p.onlyWith());
        for (int i = 0; i < p.causes().size(); i++) {
            Problem.Cause c = p.causes().get(i);
            condition("/causes/" + i + "/onlyWith", c.onlyWith());
            if (SemanticCheck.UNKNOWN_CAUSE.equals(c.id()) && !c.onlyWith().isAny()) {
                errors.add(lp.errorAtKey("/causes/" + i + "/onlyWith", "the cause 'unknown' exists for every "
                        + "device: remove its onlyWith"));
            }
        }
        for (int i = 0; i < p.actions().size(); i++) {
            condition("/actions/" + i + "/onlyWith", p.actions().get(i).onlyWith());
            instructionConditions("/actions/" + i, p.actions().get(i).instructions());
        }
        for (int i = 0; i < p.questions().size(); i++) {
            condition("/questions/" + i + "/onlyWith", p.questions().get(i).onlyWith());
            instructionConditions("/questions/" + i, p.questions().get(i).instructions());
        }
        for (int j = 0; j < p.escalation().alternatives().size(); j++) {
            condition("/escalation/alternatives/" + j + "/onlyWith", p.escalation().alternatives().get(j).onlyWith());
        }
    }

    private void instructionConditions(String at, List<Problem.Instruction> list) {
        for (int k = 0; k < list.size(); k++) {
            condition(at + "/instructions/" + k + "/onlyWith", list.get(k).onlyWith());
        }
    }

    private void condition(String at, DeviceCondition c) {
        for (int k = 0; k < c.devices().size(); k++) {
            String id = c.devices().get(k);
            if (!devices.containsKey(id)) {
                String near = Spelling.closest(id, devices.keySet());
                errors.add(lp.error(at + "/device/" + k, "unknown device '" + id + "'"
                        + (near == null ? "" : "; did you mean '" + near + "'?")));
            }
        }
    }
}
