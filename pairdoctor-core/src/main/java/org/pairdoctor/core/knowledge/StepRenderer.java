package org.pairdoctor.core.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Renders steps for one host and device: device and host procedures become their lines (with the
 * hold time, indicator and voice prompt on the line after which they apply), literal text gets its
 * placeholders filled: {@code {device}} (device name), {@code {scanName}} (the classic scan-list
 * name), {@code {leScanName}} (the LE entry not to pair) and {@code {host}} (host name).
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
        return new StepText(a.id(), StepText.Kind.ACTION, fill(a.title()), lines(a.instructions()), List.of(),
                a.destructive(), a.loses().isEmpty() ? null : fill(String.join("; ", a.loses())), a.basis(), null,
                List.of());
    }

    StepText question(Problem.Question q) {
        return new StepText(q.id(), StepText.Kind.QUESTION, fill(q.text()), lines(q.instructions()),
                q.answers().stream().map(a -> new StepText.AnswerText(a.id(), fill(a.text()))).toList(),
                false, null, q.basis(), null, List.of());
    }

    StepText escalation(Problem.Escalation e) {
        return new StepText(e.id(), StepText.Kind.ESCALATION, fill(e.title()), List.of(StepText.Line.of(fill(e.text()))),
                List.of(), false, null, e.basis(), e.contact() == null ? null : fill(e.contact()),
                e.alternatives().stream().map(this::fill).toList());
    }

    List<StepText.Line> lines(List<Problem.Instruction> instructions) {
        List<StepText.Line> out = new ArrayList<>();
        for (Problem.Instruction ins : instructions) {
            if (ins.text() != null) {
                out.add(StepText.Line.of(fill(ins.text())));
            } else if (ins.device() != null) {
                Procedure p = device.procedures().get(ins.device());
                if (p != null) {
                    procedure(p, out);
                } else {
                    out.add(StepText.Line.of(fill(ins.fallback() != null ? ins.fallback() : ins.device())));
                }
            } else if (ins.host() != null) {
                Procedure p = host == null ? null : host.procedures().get(ins.host());
                if (p != null) {
                    procedure(p, out);
                } else if (ins.fallback() != null) {
                    out.add(StepText.Line.of(fill(ins.fallback())));
                } else {
                    out.add(StepText.Line.of(fill(anyHostProcedureTitle.apply(ins.host())) + "."));
                }
            }
        }
        return out;
    }

    void procedure(Procedure p, List<StepText.Line> out) {
        List<String> steps = p.steps();
        for (int i = 0; i < steps.size(); i++) {
            boolean last = i == steps.size() - 1;
            Procedure.Hold hold = last ? p.hold() : null;
            out.add(new StepText.Line(fill(steps.get(i)),
                    last && p.indicator() != null ? fill(p.indicator()) : null,
                    last && p.voicePrompt() != null ? fill(p.voicePrompt()) : null,
                    hold == null ? null : (int) Math.ceil(hold.seconds()),
                    hold == null ? List.of() : hold.buttons(), null));
        }
        for (Procedure.Variant v : p.versions()) {
            out.add(new StepText.Line(fill(String.join(" ", v.steps())), null, null, null, List.of(), v.versions()));
        }
    }

    String fill(String text) {
        if (text == null || text.indexOf('{') < 0) {
            return text;
        }
        String classic = device.scanNames().classic().isEmpty() ? device.name() : device.scanNames().classic().get(0);
        String le = device.scanNames().le().isEmpty() ? "" : device.scanNames().le().get(0);
        return text.replace("{device}", device.name())
                .replace("{scanName}", classic)
                .replace("{leScanName}", le)
                .replace("{host}", host == null ? "your phone or computer" : host.name());
    }
}
