package org.pairdoctor.core.knowledge;

import org.pairdoctor.core.model.StepKind;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Renders steps for one host and device: device and host procedures become their lines (with the
 * hold time, indicator and voice prompt on the line after which they apply), literal text gets its
 * placeholders filled (see {@link Placeholders}) and optional {@code [[...]]} segments resolved.
 */
final class StepRenderer {
    private final Device device;
    private final Host host;
    /** A host procedure's title from any host, for the generic host or a host that lacks it. */
    private final Function<String, String> anyHostProcedureTitle;

    /**
     * @param host null for the generic host
     */
    StepRenderer(Device device, Host host, Function<String, String> anyHostProcedureTitle) {
        this.device = device;
        this.host = host;
        this.anyHostProcedureTitle = anyHostProcedureTitle;
    }

    StepText action(Problem.Action a) {
        return new StepText(a.id(), StepKind.ACTION, fill(a.title()), lines(a.instructions()), List.of(),
                a.destructive(), a.loses().isEmpty() ? null : fill(String.join("; ", a.loses())), a.basis(), null,
                List.of());
    }

    StepText question(Problem.Question q) {
        return new StepText(q.id(), StepKind.QUESTION, fill(q.text()), lines(q.instructions()),
                q.answers().stream().map(a -> new StepText.AnswerText(a.id(), fill(a.text()))).toList(),
                false, null, q.basis(), null, List.of());
    }

    StepText escalation(Problem.Escalation e) {
        return new StepText(e.id(), StepKind.ESCALATION, fill(e.title()), List.of(StepText.Line.of(fill(e.text()))),
                List.of(), false, null, e.basis(), e.contact() == null ? null : fill(e.contact()),
                e.alternatives().stream().map(this::fill).toList());
    }

    List<StepText.Line> lines(List<Problem.Instruction> instructions) {
        List<StepText.Line> out = new ArrayList<>();
        for (Problem.Instruction ins : instructions) {
            if (ins.text() != null) {
                addUnlessBlank(out, fill(ins.text()));
            } else if (ins.device() != null) {
                Procedure p = device.procedures().get(ins.device());
                if (p != null) {
                    procedure(p, out);
                } else {
                    addUnlessBlank(out, fill(ins.fallback() != null ? ins.fallback() : ins.device()));
                }
            } else if (ins.host() != null) {
                Procedure p = host == null ? null : host.procedures().get(ins.host());
                if (p != null) {
                    procedure(p, out);
                } else if (ins.fallback() != null) {
                    addUnlessBlank(out, fill(ins.fallback()));
                } else {
                    out.add(StepText.Line.of(fill(anyHostProcedureTitle.apply(ins.host())) + "."));
                }
            }
        }
        return out;
    }

    /** A procedure's steps; a step whose text is only an optional segment that does not apply is left out. */
    void procedure(Procedure p, List<StepText.Line> out) {
        List<String> steps = p.steps().stream().map(this::fill).filter(t -> !t.isBlank()).toList();
        int details = detailsLine(p, steps);
        for (int i = 0; i < steps.size(); i++) {
            boolean here = i == details;
            Procedure.Hold hold = here ? p.hold() : null;
            out.add(new StepText.Line(steps.get(i),
                    here && p.indicator() != null ? fill(p.indicator()) : null,
                    here && p.voicePrompt() != null ? fill(p.voicePrompt()) : null,
                    hold == null ? null : (int) Math.ceil(hold.seconds()),
                    hold == null ? List.of() : hold.buttons(), null));
        }
        for (Procedure.Variant v : p.versions()) {
            String text = v.steps().stream().map(this::fill).filter(t -> !t.isBlank())
                    .collect(java.util.stream.Collectors.joining(" "));
            out.add(new StepText.Line(text, null, null, null, List.of(), v.versions()));
        }
    }

    /**
     * The line that carries the procedure's hold, indicator and voice prompt: the step that says to
     * hold the buttons (what the person watches for follows that press), else the last step.
     */
    private static int detailsLine(Procedure p, List<String> steps) {
        if (p.hold() != null) {
            for (int i = 0; i < steps.size(); i++) {
                if (steps.get(i).toLowerCase(java.util.Locale.ROOT).contains("hold")) {
                    return i;
                }
            }
        }
        return steps.size() - 1;
    }

    private static void addUnlessBlank(List<StepText.Line> out, String text) {
        if (!text.isBlank()) {
            out.add(StepText.Line.of(text));
        }
    }

    /**
     * Fills the placeholders of {@link Placeholders} and resolves optional segments: a segment
     * {@code [[...]]} is shown (without the brackets) when every placeholder in it has a value, and
     * dropped otherwise, so "Tap {scanName}[[ (not {leScanName})]]" reads right for a headset without
     * an LE entry.
     */
    String fill(String text) {
        if (text == null || (text.indexOf('{') < 0 && !text.contains(Placeholders.OPEN))) {
            return text;
        }
        Map<String, String> values = values();
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (at < text.length()) {
            int open = text.indexOf(Placeholders.OPEN, at);
            int close = open < 0 ? -1 : text.indexOf(Placeholders.CLOSE, open + Placeholders.OPEN.length());
            if (open < 0 || close < 0) {
                out.append(Placeholders.replace(text.substring(at), values));
                break;
            }
            out.append(Placeholders.replace(text.substring(at, open), values));
            String segment = text.substring(open + Placeholders.OPEN.length(), close);
            if (Placeholders.names(segment).stream().allMatch(n -> !values.getOrDefault(n, "").isEmpty())) {
                out.append(Placeholders.replace(segment, values));
            }
            at = close + Placeholders.CLOSE.length();
        }
        return out.toString();
    }

    private Map<String, String> values() {
        Map<String, String> v = new HashMap<>();
        v.put("device", device.name());
        v.put("maker", device.maker());
        v.put("scanName", device.scanNames().classic().isEmpty() ? device.name() : device.scanNames().classic().get(0));
        v.put("leScanName", device.scanNames().le().isEmpty() ? "" : device.scanNames().le().get(0));
        v.put("host", host == null ? "your phone or computer" : host.name());
        return v;
    }
}
