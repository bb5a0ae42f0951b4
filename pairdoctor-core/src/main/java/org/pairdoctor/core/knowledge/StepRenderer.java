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
    /** The placeholder values, made once: every text of every step is filled from them. */
    private Map<String, String> values;

    /**
     * @param host null for the generic host
     */
    StepRenderer(Device device, Host host, Function<String, String> anyHostProcedureTitle) {
        this.device = device;
        this.host = host;
        this.anyHostProcedureTitle = anyHostProcedureTitle;
    }

    Device device() {
        return device;
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
                e.alternatives().stream().filter(alt -> alt.onlyWith().matches(device))
                        .map(alt -> fill(alt.text())).toList());
    }

    List<StepText.Line> lines(List<Problem.Instruction> instructions) {
        return rendered(instructions).stream().map(Rendered::line).toList();
    }

    /**
     * Where a rendered line was written, so checks can point at it: instruction {@code instruction} of
     * the step itself, or, when it named a procedure that this device or host has, the JSON pointer
     * {@code within} that procedure ({@code /steps/2}, {@code /versions/0}).
     *
     * @param deviceProcedure the device procedure the line comes from; null otherwise
     * @param hostProcedure   the host procedure the line comes from; null otherwise
     */
    record Origin(int instruction, String deviceProcedure, String hostProcedure, String within) {
    }

    /** A rendered line with its origin. */
    record Rendered(StepText.Line line, Origin origin) {
    }

    /** The lines of a step's instructions, each with where it was written. */
    List<Rendered> rendered(List<Problem.Instruction> instructions) {
        List<Rendered> out = new ArrayList<>();
        for (int k = 0; k < instructions.size(); k++) {
            Problem.Instruction ins = instructions.get(k);
            if (!ins.onlyWith().matches(device)) {
                continue;
            }
            int from = out.size();
            Origin self = new Origin(k, null, null, "");
            if (ins.text() != null) {
                addUnlessBlank(out, fill(ins.text()), self);
            } else if (ins.device() != null) {
                Procedure p = device.procedures().get(ins.device());
                if (p != null) {
                    procedure(p, out, k, ins.device(), null);
                } else {
                    addUnlessBlank(out, fill(ins.fallback() != null ? ins.fallback() : ins.device()), self);
                }
            } else if (ins.host() != null) {
                Procedure p = host == null ? null : host.procedures().get(ins.host());
                if (p != null) {
                    procedure(p, out, k, null, ins.host());
                } else if (ins.fallback() != null) {
                    addUnlessBlank(out, fill(ins.fallback()), self);
                } else {
                    out.add(new Rendered(StepText.Line.of(fill(anyHostProcedureTitle.apply(ins.host())) + "."), self));
                }
            }
            if (ins.alternative()) {
                for (int i = from; i < out.size(); i++) {
                    out.set(i, new Rendered(out.get(i).line().asAlternative(), out.get(i).origin()));
                }
            }
        }
        return out;
    }

    /** A procedure's steps; a step whose text is only an optional segment that does not apply is left out. */
    private void procedure(Procedure p, List<Rendered> out, int instruction, String deviceId, String hostId) {
        List<Integer> shown = new ArrayList<>();
        for (int i = 0; i < p.steps().size(); i++) {
            if (!fill(p.steps().get(i)).isBlank()) {
                shown.add(i);
            }
        }
        List<String> steps = shown.stream().map(i -> fill(p.steps().get(i))).toList();
        int details = detailsLine(p, steps, shown);
        for (int j = 0; j < steps.size(); j++) {
            boolean here = j == details;
            Procedure.Hold hold = here ? p.hold() : null;
            int i = shown.get(j);
            out.add(new Rendered(new StepText.Line(steps.get(j),
                    here && p.indicator() != null ? fill(p.indicator()) : null,
                    here && p.voicePrompt() != null ? fill(p.voicePrompt()) : null,
                    hold == null ? null : (int) Math.ceil(hold.seconds()),
                    hold == null ? List.of() : hold.buttons(), null, p.alternativeSteps().contains(i),
                    here ? p.pattern() : null),
                    new Origin(instruction, deviceId, hostId, "/steps/" + i)));
        }
        for (int v = 0; v < p.versions().size(); v++) {
            Procedure.Variant variant = p.versions().get(v);
            String text = variant.steps().stream().map(this::fill).filter(t -> !t.isBlank())
                    .collect(java.util.stream.Collectors.joining(" "));
            out.add(new Rendered(new StepText.Line(text, null, null, null, List.of(), variant.versions(), false),
                    new Origin(instruction, deviceId, hostId, "/versions/" + v)));
        }
    }

    /**
     * The line that carries the procedure's hold, indicator and voice prompt: the step that says to
     * hold the buttons (what the person watches for follows that press), else the last step that is
     * not an alternative.
     *
     * @param shown the index in the procedure of each of {@code steps}
     */
    private static int detailsLine(Procedure p, List<String> steps, List<Integer> shown) {
        if (p.hold() != null) {
            for (int i = 0; i < steps.size(); i++) {
                if (steps.get(i).toLowerCase(java.util.Locale.ROOT).contains("hold")
                        && !p.alternativeSteps().contains(shown.get(i))) {
                    return i;
                }
            }
        }
        for (int i = steps.size() - 1; i > 0; i--) {
            if (!p.alternativeSteps().contains(shown.get(i))) {
                return i;
            }
        }
        return 0;
    }

    private static void addUnlessBlank(List<Rendered> out, String text, Origin origin) {
        if (!text.isBlank()) {
            out.add(new Rendered(StepText.Line.of(text), origin));
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

    /** A light's pattern as a person describes it: "blue, flashing twice in a row, again and again". */
    static String words(Procedure.Pattern p) {
        String how = switch (p.flashes()) {
            case 0 -> "steady";
            case 1 -> "a single flash";
            case 2 -> "flashing twice in a row";
            default -> "flashing " + p.flashes() + " times in a row";
        };
        return p.colour() + ", " + how + (p.repeats() && p.flashes() > 0 ? ", again and again" : "");
    }

    private Map<String, String> values() {
        if (values == null) {
            values = placeholderValues();
        }
        return values;
    }

    private Map<String, String> placeholderValues() {
        Map<String, String> v = new HashMap<>();
        v.put("device", device.name());
        v.put("maker", device.maker());
        v.put("scanName", device.scanNames().classic().isEmpty() ? device.name() : device.scanNames().classic().get(0));
        v.put("leScanName", device.scanNames().le().isEmpty() ? "" : device.scanNames().le().get(0));
        v.put("host", host == null ? "your phone or computer" : host.name());
        device.buttons().forEach(b -> v.put(Placeholders.BUTTON + b.id(), b.label()));
        v.put("cable", device.has(Capability.CABLE_INPUT) ? "the cable" : "");
        v.put("supportUrl", device.support() == null || device.support().url() == null ? "" : device.support().url());
        v.put("pairingLight", device.procedure("enter-pairing-mode").map(Procedure::pattern)
                .map(StepRenderer::words).orElse(""));
        return v;
    }
}
